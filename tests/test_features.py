from vnmeet.inference.decode import iob2_labels
from vnmeet.inference.features import IGNORE, collate, window_features
from vnmeet.inference.windows import Window

TAGS = iob2_labels()


def test_window_features_put_labels_on_first_subwords_and_rules_on_all():
    win = Window(0, ((10, 11), (12,), (13, 14, 15)))
    b_per, i_per = TAGS.index("B-PER"), TAGS.index("I-PER")
    f = window_features(win, 0, 2, [b_per, 0, b_per], TAGS, [b_per, 0, i_per])
    assert f.input_ids == [0, 10, 11, 12, 13, 14, 15, 2]
    assert f.first_subword == [1, 3, 4]
    assert f.labels == [IGNORE, b_per, IGNORE, 0, i_per, IGNORE, IGNORE, IGNORE]
    assert f.rule_ids == [0, b_per, i_per, 0, b_per, i_per, i_per, 0]


def test_collate_pads_each_field_with_its_own_filler():
    rows = [{"input_ids": [0, 5, 2], "labels": [IGNORE, 1, IGNORE], "rule_ids": [0, 3, 0]},
            {"input_ids": [0, 2], "labels": [IGNORE, IGNORE], "rule_ids": [0, 0]}]
    b = collate(rows, pad_id=1)
    assert b["input_ids"].tolist() == [[0, 5, 2], [0, 2, 1]]
    assert b["labels"][1, 2].item() == IGNORE and b["rule_ids"][1, 2].item() == 0
    assert b["attention_mask"].tolist() == [[1, 1, 1], [1, 1, 0]]
