"""dates: DATE texts to ISO, with the year from the text or from the article's dateline."""
import pytest

from vnmeet.inference.dates import date_range, dateline_span, find_dateline, first_day_of_range, parse_date
from vnmeet.inference.document import Span


@pytest.mark.parametrize("text, dateline, iso", [
    ("ngày 3/4", None, None),                 # no year anywhere
    ("ngày 3/4", "2024-05-01", "2024-04-03"),
    ("26.12", "2021-12-30", "2021-12-26"),
    ("26.12", "2022-01-05", "2021-12-26"),    # late December seen from early January
    ("tháng 3/2016", "2024-05-01", "2016-03"),
    ("năm 2024", None, "2024"),
    ("ngày 28/2/2023", None, "2023-02-28"),
    ("2025-08-13", None, "2025-08-13"),
    ("2020/9/8", None, "2020-09-08"),         # year first
    ("Thứ hai, 5-5-25", None, "2025-05-05"),
    ("19-7", "2025-07-20", "2025-07-19"),
    ("ngày 14-18/10", "2024-10-20", "2024-10-14"),
    ("6 – 7/10/2024", "2025-01-01", "2024-10-06"),   # a range with spaces and a year: its first day
    ("ngày 11 - 15.6", "2019-06-20", "2019-06-11"),
    ("ngày 28/11-2/12", "2018-12-05", "2018-11-28"),
    ("5/9/1962 - 5/9/2017", None, "1962-09-05"),
    ("ngày 10.9.2024", None, "2024-09-10"),
    ("tháng 12.2025", None, "2025-12"),
    ("(7/2015)", None, "2015-07"),
    ("quý I/2024", None, "2024"),
    ("2021 - 2025", None, "2021"),
    ("ngày 9 tháng 5 năm 2022", None, "2022-05-09"),
    ("tháng Ba", "2022-04-02", "2022-03"),
    ("ngày 31/2", "2023-03-01", None),        # not a date
    ("cùng ngày", "2023-03-01", None),
    ("ngày 24", "2025-10-24", "2025-10-24"),   # a bare day: the dateline's month
    ("ngày 28", "2025-10-24", "2025-09-28"),   # later than the dateline: the month before
    ("ngày 30", "2024-01-02", "2023-12-30"),
    ("ngày 24", "2025-10", None),             # a dateline without its day cannot place it
])
def test_parse_date(text, dateline, iso):
    assert parse_date(text, dateline) == iso


def _span(text, sub):
    i = text.index(sub)
    return Span(i, i + len(sub), "DATE", sub)


def test_crawler_dateline():
    t = " date 2025-08-13 Chiều 12/8, Bộ trưởng tiếp Đại sứ."
    ents = [_span(t, "2025-08-13"), _span(t, "12/8")]
    assert find_dateline(t, ents) == "2025-08-13"
    assert dateline_span(t, ents) == ents[0]


def test_weekday_page_date_is_the_dateline_and_event_date_is_not():
    t = "Tin tức\nThứ hai, 5-5-25\nSáng 3/5, tại Hà Nội, hai bên hội đàm (năm 2019 đã ký)."
    ents = [_span(t, "5-5-25"), _span(t, "3/5"), _span(t, "năm 2019")]
    assert find_dateline(t, ents) == "2025-05-05"


def test_full_date_on_its_own_line_with_time_and_text_fallback():
    t = "Trang chủ\n07/08/2024, 18:44 [GMT+7]\nChiều 7/8, đoàn đến thăm."
    assert find_dateline(t, [_span(t, "07/08/2024"), _span(t, "7/8")]) == "2024-08-07"
    assert find_dateline("Thứ Tư, 4-6-25 Hai bên ký kết.") == "2025-06-04"


def test_a_date_inside_a_sentence_is_no_dateline():
    t = "Ngày 28/2/2023, hai bên hội đàm tại Nam Ninh."
    assert find_dateline(t, [_span(t, "Ngày 28/2/2023")]) is None


def test_of_two_page_stamps_the_last_written_is_the_dateline():
    t = "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\nTin: Hữu Nam - 09:33, 15/05/2025\nNgày 14/5, hai tỉnh ký kết."
    ents = [_span(t, "ngày 23 tháng 08 năm 2019"), _span(t, "15/05/2025"), _span(t, "Ngày 14/5")]
    assert find_dateline(t, ents) == "2025-05-15"
    assert parse_date("Ngày 14/5", find_dateline(t, ents)) == "2025-05-14"


def test_a_range_of_days_covers_its_first_and_last_day():
    assert date_range("ngày 18 – 28/4", "2023-05-01") == ("2023-04-18", "2023-04-28")
    assert date_range("từ ngày 18 đến 28-4-2023") == ("2023-04-18", "2023-04-28")
    assert date_range("ngày 26/11-2/12", "2017-11-22") == ("2017-11-26", "2017-12-02")
    assert date_range("20/4", "2023-05-01") == ("2023-04-20", "2023-04-20")
    assert date_range("tháng 4", "2023-05-01") is None
    assert date_range("26/12 - 3/1", "2024-01-05") == ("2023-12-26", "2024-01-03")
    assert date_range("26/12/2023 - 3/1/2024") == ("2023-12-26", "2024-01-03")  # its own year


def test_a_range_written_in_words_gives_its_first_day():
    assert parse_date("từ ngày 18 đến 28-4-2023") == "2023-04-18"


def test_day_month_year_takes_one_separator_throughout():
    assert parse_date("ngày 11-12/04", "2025-04-20") == "2025-04-11"   # days of April
    assert parse_date("ngày 6-9/12", "2012-12-20") == "2012-12-06"
    assert parse_date("28-4-2023") == "2023-04-28"


def test_a_range_across_months_gives_its_first_day_and_its_years():
    assert parse_date("ngày 28/9 - 02/10/2019") == "2019-09-28"
    assert parse_date("ngày 21/6 - 3/7/2015") == "2015-06-21"
    assert parse_date("29/12 - 4/1/2021") == "2020-12-29"  # the year written is the last day's
    assert date_range("ngày 28/9 - 02/10/2019") == ("2019-09-28", "2019-10-02")
    assert parse_date("ngày 6 - 7/10/2024") == "2024-10-06"  # a range in one month too


def test_a_day_opening_a_range_takes_the_closing_dates_month_and_year():
    assert first_day_of_range("ngày 9", "12/5/2016") == "2016-05-09"
    assert first_day_of_range("ngày 29", "3/6/2016") == "2016-05-29"       # the month before
    assert first_day_of_range("ngày 30", "2/1/2017") == "2016-12-30"       # the year before
    assert first_day_of_range("ngày 9", "12/5", "2016-05-20") == "2016-05-09"
    assert first_day_of_range("sáng 9/5", "12/5/2016") is None             # no bare day
    assert first_day_of_range("ngày 9", "tháng 5/2016") is None            # no closing day


def test_a_header_date_later_than_the_articles_stamp_is_no_dateline():
    t = "Thứ hai, 3/6/2024\nThứ ba, 14/4/2015, 10:05 (GMT+7)\nSáng nay, ngày 12 tháng này, hai bên hội đàm."
    ents = [_span(t, "3/6/2024"), _span(t, "14/4/2015")]
    assert find_dateline(t, ents) == "2015-04-14"


@pytest.mark.parametrize("text, stamp, iso", [
    ("Hai bên ký kết ngày 20/9.\nCreated by admin\nLast modified 02-10-2014\n", "02-10-2014", "2014-10-02"),
    ("Thu Trang 09:12 | 05/03/2021\nChiều 4/3, hai bên hội đàm.", "05/03/2021", "2021-03-05"),
    ("(08/07/2016)\nTheo phóng viên, chiều 7/7 hai bên hội đàm.", "08/07/2016", "2016-07-08"),
])
def test_english_update_stamps_times_before_a_bar_and_dates_in_brackets_are_datelines(text, stamp, iso):
    assert find_dateline(text, [_span(text, stamp)]) == iso


def test_a_year_after_a_space_or_written_with_nam_after_the_day_and_month_is_read():
    assert parse_date("ngày 9/5/ 2019") == "2019-05-09"
    assert parse_date("ngày 14-15/11 năm 2018") == "2018-11-14"
    assert parse_date("ngày 3/2, năm 2021") == "2021-02-03"
    assert parse_date("ngày 3/2", "2021-02-10") == "2021-02-03"


def test_a_day_and_month_in_words_need_not_open_with_ngay():
    assert parse_date("14 tháng 7 năm 2016") == "2016-07-14"
    assert parse_date("Thứ Ba, 14 tháng 7, 2016") == "2016-07-14"
    assert parse_date("6 tháng đầu năm 2016") == "2016"  # six months, no day
    assert first_day_of_range("ngày 12", "14 tháng 7 năm 2016") == "2016-07-12"


def test_a_stamp_with_its_time_of_day_beats_a_bare_page_date():
    # the site's page date (the day it was crawled) comes first; the article's own stamp
    # carries the time it was published
    t = "Thứ tư, 8/5/2024\nThứ năm, 23/3/2017, 16:27 (GMT+7)\nSáng nay, hai bên hội đàm."
    ents = [_span(t, "8/5/2024"), _span(t, "23/3/2017")]
    assert dateline_span(t, ents) == ents[1]
    assert find_dateline(t, ents) == "2017-03-23"


def test_an_english_page_stamp_is_the_dateline_and_dates_a_range_opened_by_a_bare_day():
    t = "Tàu bệnh viện thăm cảng Sơn Hà\nFriday, March 7, 2031\nĐoàn sẽ thăm cảng từ ngày 9 đến 12/3."
    ents = [_span(t, "March 7, 2031"), _span(t, "ngày 9"), _span(t, "12/3")]
    assert find_dateline(t, ents) == "2031-03-07"
    assert first_day_of_range("ngày 9", "12/3", find_dateline(t, ents)) == "2031-03-09"


def test_a_spaced_range_with_a_year_spans_both_days():
    assert date_range("ngày 25 - 26/8/2014") == ("2014-08-25", "2014-08-26")
