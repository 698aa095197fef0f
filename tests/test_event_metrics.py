"""people_scores and event_scores exactly as EVALUATION.md defines them."""
import pytest

from vnmeet.inference.document import Document, Event, Person
from vnmeet.training.metrics import event_scores, people_scores


def doc(people=(), events=(), id="d1"):
    return Document(id, "x", [], list(people), list(events))


def ev(names, trigger="hội đàm", type="talks", date=None, iso=None, orgs=()):
    return Event(trigger, type, date, iso, None, [Person(n) for n in names], list(orgs))


def test_people_exact_lenient_and_names():
    gold = [doc([Person("Nguyễn Văn A", ["Bí thư Tỉnh ủy Lạng Sơn", "Ủy viên Trung ương Đảng"]),
                 Person("Lý Bình", [])])]
    pred = {"d1": doc([Person("nguyễn  văn a", ["Bí thư Tỉnh ủy", "ủy viên trung ương đảng"]),
                       Person("Trần C", ["Giám đốc"])])}
    s = people_scores(gold, pred)
    assert (s["pairs_exact"].precision, s["pairs_exact"].recall) == (1 / 3, 1 / 2)
    assert (s["pairs_lenient"].precision, s["pairs_lenient"].recall) == (2 / 3, 1.0)
    assert (s["names"].precision, s["names"].recall) == (1 / 2, 1 / 2)


def test_lenient_uses_each_predicted_pair_once():
    gold = [doc([Person("A", ["Bí thư Tỉnh ủy Lạng Sơn", "Bí thư Tỉnh ủy Cao Bằng"])])]
    pred = {"d1": doc([Person("A", ["Bí thư Tỉnh ủy"])])}
    s = people_scores(gold, pred)["pairs_lenient"]
    assert (s.precision, s.recall) == (1.0, 0.5)


def test_missing_prediction_counts_as_nothing():
    s = people_scores([doc([Person("A", ["X"])])], {})
    assert s["names"].recall == 0.0 and s["names"].support == 1


def test_events_greedy_pairing_by_jaccard_and_participants_micro():
    gold = [doc(events=[ev(["A", "B"], date="Ngày 3/4", iso="2024-04-03"),
                        ev(["C"], trigger="thăm", type="visit", date="tháng 5")])]
    pred = {"d1": doc(events=[ev(["a", "B", "D"], date="3/4", iso="2024-04-03"),
                              ev(["C", "A"], trigger="tiếp", type="reception", date="tháng 6"),
                              ev(["E"])])}
    s = event_scores(gold, pred)
    # A,B ~ a,B,D: 2/3; A,B ~ C,A: 1/3; C ~ C,A: 1/2 -> pairs (g0,p0) then (g1,p1).
    assert (s["events"].precision, s["events"].recall) == (2 / 3, 1.0)
    # participants: matched 2 + 1 shared; gold 3 names; pred 3 + 2 + 1 names.
    assert s["participants"].recall == 1.0
    assert s["participants"].precision == pytest.approx(3 / 6)
    assert s["date_accuracy"] == 0.5   # iso equal for the first, neither for the second
    assert s["type_accuracy"] == 0.5


def test_no_shared_name_is_no_match():
    s = event_scores([doc(events=[ev(["A"])])], {"d1": doc(events=[ev(["B"])])})
    assert s["events"].f1 == 0.0 and s["participants"].precision == 0.0


def test_gold_without_participants_needs_shared_organisation_and_trigger():
    gold = [doc(events=[ev([], trigger="Ký kết", type="signing", orgs=["Lạng Sơn"])])]
    same = {"d1": doc(events=[ev(["X"], trigger="ký kết", type="signing", orgs=["lạng sơn"])])}
    other_trigger = {"d1": doc(events=[ev([], trigger="hội đàm", orgs=["Lạng Sơn"])])}
    assert event_scores(gold, same)["events"].recall == 1.0
    assert event_scores(gold, other_trigger)["events"].recall == 0.0


def test_date_accuracy_counts_only_dated_gold_and_accepts_equal_text():
    gold = [doc(events=[ev(["A"], date="Sáng 6/6"), ev(["B"])])]
    pred = {"d1": doc(events=[ev(["A"], date="sáng  6/6"), ev(["B"], date="7/7")])}
    assert event_scores(gold, pred)["date_accuracy"] == 1.0
