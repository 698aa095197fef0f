"""group_events: triggers, types, dates, joining follow-ups, and what is not an event."""
from helpers import spans
from vnmeet.inference.events import TRIGGERS, find_triggers, group_events
from vnmeet.inference.events.article import same_place
from vnmeet.inference.events.mentions import BOTH_SIDES
from vnmeet.inference.events.passing import owned_visits
from vnmeet.inference.events.triggers import sentences
from vnmeet.inference.people import link_people


def events_of(text, *items):
    ents = spans(text, *items)
    return group_events(text, ents, link_people(text, ents))


def names(event):
    return [p.name for p in event.participants]


def test_reception_with_date_location_and_all_titles_of_participants():
    t = ("Sáng 14/3, tại Hà Nội, Phó Thủ tướng Đinh Văn Hải tiếp ông Kenji Sato, "
         "Chủ tịch Tập đoàn Sakura. Phó Thủ tướng Đinh Văn Hải, Trưởng ban Chỉ đạo, cảm ơn.")
    evs = events_of(t, ("DATE", "14/3"), ("LOC", "Hà Nội"), ("POS", "Phó Thủ tướng"),
                    ("PER", "Đinh Văn Hải"), ("PER", "Kenji Sato"),
                    ("POS", "Chủ tịch Tập đoàn Sakura"), ("POS", "Phó Thủ tướng"),
                    ("PER", "Đinh Văn Hải"), ("POS", "Trưởng ban Chỉ đạo"))
    assert len(evs) == 1
    e = evs[0]
    assert (e.trigger, e.type, e.date, e.location) == ("tiếp", "reception", "14/3", "Hà Nội")
    assert names(e) == ["Đinh Văn Hải", "Kenji Sato"]
    assert e.participants[0].positions == ["Phó Thủ tướng", "Trưởng ban Chỉ đạo"]


def test_follow_up_sentences_join_the_event_they_refer_to():
    t = ("Ngày 9/10, đoàn công tác do ông Lục Văn Kiên, Phó Chủ tịch UBND tỉnh, dẫn đầu "
         "đã hội đàm với tỉnh Phông-sa-lỳ.\n"
         "Tham dự hội đàm có các đồng chí: Hà Thị Mai, Giám đốc Sở Ngoại vụ; Bun-thoong Xay, "
         "Phó Tỉnh trưởng.\nCùng tham dự có Đại tá Tống Văn Lực.")
    evs = events_of(t, ("DATE", "Ngày 9/10"), ("PER", "Lục Văn Kiên"),
                    ("POS", "Phó Chủ tịch UBND tỉnh"), ("LOC", "Phông-sa-lỳ"),
                    ("PER", "Hà Thị Mai"), ("POS", "Giám đốc Sở Ngoại vụ"),
                    ("PER", "Bun-thoong Xay"), ("POS", "Phó Tỉnh trưởng"), ("POS", "Đại tá"),
                    ("PER", "Tống Văn Lực"))
    assert len(evs) == 1
    assert evs[0].type == "talks" and evs[0].date == "Ngày 9/10"
    assert names(evs[0]) == ["Lục Văn Kiên", "Hà Thị Mai", "Bun-thoong Xay", "Tống Văn Lực"]


def test_same_day_inherits_the_date_and_opens_a_new_event():
    t = (" date 2024-06-07 Sáng 6/6, Bộ trưởng Lê Quang Vinh hội kiến Thủ tướng Ma-ri Kôn. "
         "Cùng ngày, Bộ trưởng Lê Quang Vinh làm việc với Bộ Ngoại giao Pháp.")
    evs = events_of(t, ("DATE", "2024-06-07"), ("DATE", "6/6"), ("POS", "Bộ trưởng"),
                    ("PER", "Lê Quang Vinh"), ("POS", "Thủ tướng"), ("PER", "Ma-ri Kôn"),
                    ("POS", "Bộ trưởng"), ("PER", "Lê Quang Vinh"), ("ORG", "Bộ Ngoại giao Pháp"))
    assert [(e.type, e.date, e.date_iso) for e in evs] == [
        ("talks", "6/6", "2024-06-06"), ("working_session", "6/6", "2024-06-06")]
    assert names(evs[1]) == ["Lê Quang Vinh"]
    assert evs[1].organisations == ["Bộ Ngoại giao Pháp"]


def test_totals_plans_general_statements_and_funeral_visits_are_not_events():
    t = ("Năm 2023, tỉnh đã cử 45 đoàn đi thăm và làm việc tại Lào. "
         "Thời gian tới, Chủ tịch Vũ Hồng Quân sẽ thăm Thái Lan. "
         "Hai bên nhất trí tăng cường trao đổi đoàn, thăm và làm việc giữa Nghệ An và Bo-ly-khăm-xay. "
         "Đoàn đã dâng hương viếng thăm nghĩa trang liệt sĩ Việt Nam tại Viêng Chăn. "
         "Năm 2018, Khánh Hòa đã đón hơn 2,7 triệu lượt khách quốc tế.")
    evs = events_of(t, ("DATE", "Năm 2023"), ("LOC", "Lào"), ("POS", "Chủ tịch"),
                    ("PER", "Vũ Hồng Quân"), ("LOC", "Thái Lan"), ("LOC", "Nghệ An"),
                    ("LOC", "Bo-ly-khăm-xay"), ("LOC", "Viêng Chăn"), ("DATE", "Năm 2018"),
                    ("LOC", "Khánh Hòa"))
    assert evs == []


def test_a_total_late_in_a_long_clause_is_not_an_event():
    t = ("Thời gian qua, quan hệ hữu nghị và hợp tác giữa tỉnh Bắc Lâm và tỉnh Xiêng Phăn luôn "
         "được lãnh đạo hai tỉnh quan tâm, củng cố và phát huy hiệu quả trên nhiều lĩnh vực kinh "
         "tế, văn hóa, giáo dục, y tế và du lịch: Từ tháng 3/2019 đến năm 2021, tỉnh Xiêng Phăn "
         "đã cử 1 đoàn công tác do ông Bun-mi Lạ dẫn đầu sang thăm, làm việc tại tỉnh Bắc Lâm.")
    evs = events_of(t, ("LOC", "Bắc Lâm"), ("LOC", "Xiêng Phăn"), ("DATE", "tháng 3/2019"),
                    ("DATE", "năm 2021"), ("LOC", "Xiêng Phăn"), ("PER", "Bun-mi Lạ"),
                    ("LOC", "Bắc Lâm"))
    assert evs == []


def test_sending_delegations_with_no_date_is_a_practice_not_an_event():
    t = ("Ngày 3/8, Chủ tịch UBND tỉnh Hòa Bắc Trần Minh Khôi tiếp ông Kim Sung-ho, Thị trưởng "
         "thành phố Gwangsan. Quan hệ giữa hai địa phương ngày càng gắn bó, nhất là vào dịp lễ "
         "hội mùa xuân, tỉnh Hòa Bắc và thành phố Gwangsan đều cử đoàn sang dự.")
    evs = events_of(t, ("DATE", "Ngày 3/8"), ("POS", "Chủ tịch UBND tỉnh Hòa Bắc"),
                    ("PER", "Trần Minh Khôi"), ("PER", "Kim Sung-ho"),
                    ("POS", "Thị trưởng thành phố Gwangsan"), ("LOC", "Hòa Bắc"), ("LOC", "Gwangsan"))
    assert [(e.type, e.date) for e in evs] == [("reception", "Ngày 3/8")]


def test_members_introduced_at_a_welcome_do_not_attend_a_second_event():
    t = ("Sáng 5/3, tại Phủ Chủ tịch, Thủ tướng Lê Văn Nam chủ trì lễ đón Thủ tướng Ma-lai-xi-a "
         "Ahmad Rahim. Hai Thủ tướng giới thiệu cho nhau các thành viên hai đoàn dự lễ đón.")
    evs = events_of(t, ("DATE", "5/3"), ("LOC", "Phủ Chủ tịch"), ("POS", "Thủ tướng"),
                    ("PER", "Lê Văn Nam"), ("POS", "Thủ tướng Ma-lai-xi-a"), ("PER", "Ahmad Rahim"))
    assert [(e.type, names(e)) for e in evs] == [("welcome", ["Lê Văn Nam", "Ahmad Rahim"])]


def test_an_ambassador_greeted_for_calling_on_the_province_has_no_visit():
    t = ("Chiều 8/9, Chủ tịch UBND tỉnh Hòa Bắc Trần Minh Khôi tiếp ông Lars Berg, Đại sứ Thụy "
         "Điển tại Việt Nam. Ông Trần Minh Khôi chào mừng ngài Đại sứ đã đến thăm tỉnh Hòa Bắc.")
    evs = events_of(t, ("DATE", "8/9"), ("POS", "Chủ tịch UBND tỉnh Hòa Bắc"), ("PER", "Trần Minh Khôi"),
                    ("PER", "Lars Berg"), ("POS", "Đại sứ Thụy Điển tại Việt Nam"),
                    ("PER", "Trần Minh Khôi"), ("POS", "Đại sứ"), ("LOC", "Hòa Bắc"))
    assert [(e.type, names(e)) for e in evs] == [("reception", ["Trần Minh Khôi", "Lars Berg"])]


def test_sightseeing_is_not_a_visit_but_calling_on_a_body_is():
    t = ("Chiều 5/4, Bộ trưởng Lê Hữu Tín thăm phố cổ Hòa Lạc. "
         "Sáng 6/4, Bộ trưởng Lê Hữu Tín thăm các mô hình trồng lúa của tỉnh Đông Sơn. "
         "Sáng 7/4, Bộ trưởng Lê Hữu Tín thăm Trường Đại học Đông Sơn.")
    evs = events_of(t, ("DATE", "5/4"), ("POS", "Bộ trưởng"), ("PER", "Lê Hữu Tín"),
                    ("LOC", "Hòa Lạc"), ("DATE", "6/4"), ("POS", "Bộ trưởng"),
                    ("PER", "Lê Hữu Tín"), ("LOC", "Đông Sơn"), ("DATE", "7/4"),
                    ("POS", "Bộ trưởng"), ("PER", "Lê Hữu Tín"), ("ORG", "Trường Đại học Đông Sơn"))
    assert [(e.type, e.date) for e in evs] == [("visit", "7/4")]



def test_a_landscape_or_a_museum_seen_on_a_trip_is_sightseeing():
    t = ("Trong khuôn khổ chuyến thăm Việt Nam, sáng 4/5, đoàn do ông Jan Novak dẫn đầu đã có "
         "chuyến thăm Vịnh Lan Hạ. Chiều 4/5, ông Jan Novak thăm Bảo tàng Hải Phòng.")
    evs = events_of(t, ("LOC", "Việt Nam"), ("DATE", "4/5"), ("PER", "Jan Novak"),
                    ("LOC", "Vịnh Lan Hạ"), ("DATE", "4/5"), ("PER", "Jan Novak"),
                    ("ORG", "Bảo tàng Hải Phòng"))
    assert [(e.trigger_start, names(e)) for e in evs] == [(t.index("thăm Việt Nam"), ["Jan Novak"])]


def test_a_visit_naming_only_the_place_visited_has_no_visitor():
    t = ("Ngày 11/9, bà Lê Thu Hà thăm 100 hộ dân ở xã Tân Lập. Dự kiến ngày 12/9, đoàn hội đàm "
         "với Hội Phụ nữ Mi-an-ma. Đây là một hoạt động của chuyến xe hữu nghị thăm Mi-an-ma và "
         "Thái Lan.")
    evs = events_of(t, ("DATE", "Ngày 11/9"), ("PER", "Lê Thu Hà"), ("LOC", "Tân Lập"),
                    ("DATE", "ngày 12/9"), ("ORG", "Hội Phụ nữ Mi-an-ma"), ("LOC", "Mi-an-ma"),
                    ("LOC", "Thái Lan"))
    assert [e.type for e in evs] == ["visit", "talks"]


def test_dated_plan_is_an_event_undated_plan_is_not():
    t = "Ngày 20/11, Chủ tịch Vũ Hồng Quân sẽ thăm Thái Lan."
    evs = events_of(t, ("DATE", "Ngày 20/11"), ("POS", "Chủ tịch"), ("PER", "Vũ Hồng Quân"),
                    ("LOC", "Thái Lan"))
    assert [(e.type, e.date) for e in evs] == [("visit", "Ngày 20/11")]


def test_an_undated_headline_event_takes_a_day_not_a_span_of_years():
    t = ("Thủ tướng Lê Văn Hà tiếp Chủ tịch Tập đoàn Sa-mi\n"
         "Giai đoạn 2015 - 2024, Tập đoàn Sa-mi đầu tư 2 tỷ USD vào Việt Nam. Chiều 5/6, tại Hà "
         "Nội, Thủ tướng Lê Văn Hà nói chuyện với doanh nghiệp.")
    evs = events_of(t, ("POS", "Thủ tướng"), ("PER", "Lê Văn Hà"), ("ORG", "Tập đoàn Sa-mi"),
                    ("DATE", "2015 - 2024"), ("ORG", "Tập đoàn Sa-mi"), ("LOC", "Việt Nam"),
                    ("DATE", "5/6"), ("LOC", "Hà Nội"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Hà"))
    assert [(e.type, e.date) for e in evs] == [("reception", "5/6")]


def test_moving_on_to_hold_talks_states_the_talks():
    t = ("Sáng 3/5, Bộ trưởng Quốc phòng Nguyễn Văn Hải chủ trì lễ đón Bộ trưởng Quốc phòng Lào "
         "Xay-xổm Phôm. Ngay sau lễ đón, hai Bộ trưởng di chuyển tới trụ sở Bộ Quốc phòng để "
         "tiến hành hội đàm.")
    evs = events_of(t, ("DATE", "3/5"), ("POS", "Bộ trưởng Quốc phòng"), ("PER", "Nguyễn Văn Hải"),
                    ("POS", "Bộ trưởng Quốc phòng Lào"), ("PER", "Xay-xổm Phôm"),
                    ("ORG", "Bộ Quốc phòng"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("welcome", "3/5", ["Nguyễn Văn Hải", "Xay-xổm Phôm"]),
        ("talks", "3/5", ["Nguyễn Văn Hải", "Xay-xổm Phôm"])]


def test_the_work_of_a_visit_is_no_nominalised_plan():
    t = ("Chiều 5/4, trong chương trình thăm và làm việc tại Lào, Bí thư Tỉnh ủy Lò Văn Hải đã "
         "tham dự Lễ hội Bun-pi-may tại tỉnh Hủa Phăn.")
    evs = events_of(t, ("DATE", "5/4"), ("LOC", "Lào"), ("POS", "Bí thư Tỉnh ủy"),
                    ("PER", "Lò Văn Hải"), ("LOC", "Hủa Phăn"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("visit", "5/4", ["Lò Văn Hải"]), ("other", "5/4", ["Lò Văn Hải"])]


def test_escorts_listed_with_the_visit_are_its_visitors():
    t = ("Tháp tùng Thủ tướng Lê Minh Hòa trong chuyến thăm có Bộ trưởng Ngoại giao Trần Quốc "
         "Bảo; Bộ trưởng Công Thương Vũ Thị Lan.")
    evs = events_of(t, ("POS", "Thủ tướng"), ("PER", "Lê Minh Hòa"),
                    ("POS", "Bộ trưởng Ngoại giao"), ("PER", "Trần Quốc Bảo"),
                    ("POS", "Bộ trưởng Công Thương"), ("PER", "Vũ Thị Lan"))
    assert [(e.type, names(e)) for e in evs] == [
        ("visit", ["Lê Minh Hòa", "Trần Quốc Bảo", "Vũ Thị Lan"])]


def test_concluding_the_meeting_is_a_follow_up_not_a_working_session():
    t = ("Chiều 3/3, Chủ tịch UBND tỉnh Phan Văn Sáu tiếp Tổng Lãnh sự Lào Khăm-phăn Xi-la. "
         "Kết luận buổi làm việc, Chủ tịch Phan Văn Sáu đề nghị hai bên tăng cường hợp tác.")
    evs = events_of(t, ("DATE", "3/3"), ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Phan Văn Sáu"),
                    ("POS", "Tổng Lãnh sự Lào"), ("PER", "Khăm-phăn Xi-la"), ("POS", "Chủ tịch"),
                    ("PER", "Phan Văn Sáu"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("reception", "3/3", ["Phan Văn Sáu", "Khăm-phăn Xi-la"])]


def test_attending_a_conference_is_not_the_meeting_held_on_its_sidelines():
    t = ("Thủ tướng Lê Văn Hà gặp Thủ tướng Thái Lan Xôm-xắc Phan\n"
         "Nhân dịp tham dự Hội nghị Cấp cao ASEAN, chiều 10/5, Thủ tướng Lê Văn Hà gặp Thủ tướng "
         "Thái Lan Xôm-xắc Phan.")
    evs = events_of(t, ("POS", "Thủ tướng"), ("PER", "Lê Văn Hà"), ("POS", "Thủ tướng Thái Lan"),
                    ("PER", "Xôm-xắc Phan"), ("ORG", "Hội nghị Cấp cao ASEAN"), ("DATE", "10/5"),
                    ("POS", "Thủ tướng"), ("PER", "Lê Văn Hà"), ("POS", "Thủ tướng Thái Lan"),
                    ("PER", "Xôm-xắc Phan"))
    assert [(e.trigger, e.date, names(e)) for e in evs] == [
        ("gặp", "10/5", ["Lê Văn Hà", "Xôm-xắc Phan"]), ("tham dự", "10/5", ["Lê Văn Hà"])]


def test_those_who_came_to_attend_join_the_occasion():
    t = ("Chiều 2/3, Hội hữu nghị Việt - Nga tỉnh Nghệ An tổ chức gặp mặt nhân dịp năm mới. "
         "Đến dự có ông I-van Pê-trốp, Tổng Lãnh sự Nga tại Đà Nẵng.")
    evs = events_of(t, ("DATE", "2/3"), ("ORG", "Hội hữu nghị Việt - Nga tỉnh Nghệ An"),
                    ("PER", "I-van Pê-trốp"), ("POS", "Tổng Lãnh sự Nga tại Đà Nẵng"))
    assert [(e.trigger, e.date, names(e)) for e in evs] == [("gặp mặt", "2/3", ["I-van Pê-trốp"])]


def test_headline_is_the_first_statement_and_the_lead_gives_its_date():
    t = ("Bí thư Tỉnh ủy Phùng Thị Xuân chào xã giao Đại sứ Hàn Quốc\n"
         "Chiều 2/9, Bí thư Tỉnh ủy Phùng Thị Xuân đã tiếp xã giao ông Park Min Su, "
         "Đại sứ Hàn Quốc tại Việt Nam.\n"
         "Bí thư Tỉnh ủy Phùng Thị Xuân và Đại sứ Park Min Su tại buổi chào xã giao.")
    evs = events_of(t, ("POS", "Bí thư Tỉnh ủy"), ("PER", "Phùng Thị Xuân"),
                    ("POS", "Đại sứ Hàn Quốc"), ("DATE", "2/9"), ("POS", "Bí thư Tỉnh ủy"),
                    ("PER", "Phùng Thị Xuân"), ("PER", "Park Min Su"),
                    ("POS", "Đại sứ Hàn Quốc tại Việt Nam"), ("POS", "Bí thư Tỉnh ủy"),
                    ("PER", "Phùng Thị Xuân"), ("POS", "Đại sứ"), ("PER", "Park Min Su"))
    assert len(evs) == 1
    assert (evs[0].trigger, evs[0].type, evs[0].date) == ("chào xã giao", "reception", "2/9")
    assert names(evs[0]) == ["Phùng Thị Xuân", "Park Min Su"]


def test_past_visit_mentioned_in_passing_with_its_own_date_is_its_own_event():
    t = ("Ngày 5/3, Phó Chủ tịch nước Đào Thu Hà tiếp Đại sứ Ô-xca Lơ. Đại sứ nhắc lại "
         "chuyến thăm của Tổng thống Hen-ri Mác tới Việt Nam (tháng 4/2019).")
    evs = events_of(t, ("DATE", "Ngày 5/3"), ("POS", "Phó Chủ tịch nước"), ("PER", "Đào Thu Hà"),
                    ("POS", "Đại sứ"), ("PER", "Ô-xca Lơ"), ("POS", "Đại sứ"),
                    ("POS", "Tổng thống"), ("PER", "Hen-ri Mác"), ("LOC", "Việt Nam"),
                    ("DATE", "tháng 4/2019"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("reception", "Ngày 5/3", ["Đào Thu Hà", "Ô-xca Lơ"]),
        ("visit", "tháng 4/2019", ["Hen-ri Mác"])]
    assert evs[1].date_iso == "2019-04"


def test_visit_named_with_its_visitor_after_cua_is_an_event_even_undated_or_reported():
    t = ("Ngày 5/3, Thủ tướng Lê Văn Hà tiếp Đại sứ Ma-ri Kôn. Đại sứ Ma-ri Kôn đánh giá cao kết "
         "quả chuyến thăm chính thức Lu-mê-ri-a của Chủ tịch nước Trần Văn Bình. Chuyến thăm Việt "
         "Nam lần này của Đại sứ Ma-ri Kôn diễn ra sau 10 năm, kể từ chuyến thăm cấp nhà nước tới "
         "Việt Nam của Tổng thống Pi-e Ma-tin.")
    evs = events_of(t, ("DATE", "Ngày 5/3"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Hà"),
                    ("POS", "Đại sứ"), ("PER", "Ma-ri Kôn"), ("POS", "Đại sứ"), ("PER", "Ma-ri Kôn"),
                    ("LOC", "Lu-mê-ri-a"), ("POS", "Chủ tịch nước"), ("PER", "Trần Văn Bình"),
                    ("LOC", "Việt Nam"), ("POS", "Đại sứ"), ("PER", "Ma-ri Kôn"),
                    ("LOC", "Việt Nam"), ("POS", "Tổng thống"), ("PER", "Pi-e Ma-tin"))
    assert [(e.type, e.date, e.location, names(e)) for e in evs] == [
        ("reception", "Ngày 5/3", None, ["Lê Văn Hà", "Ma-ri Kôn"]),
        ("visit", None, "Lu-mê-ri-a", ["Trần Văn Bình"]),
        ("visit", "Ngày 5/3", "Việt Nam", ["Ma-ri Kôn"]),
        ("visit", None, "Việt Nam", ["Pi-e Ma-tin"])]


def test_owned_visit_takes_the_place_and_date_written_right_after_its_visitor():
    t = ("Đại sứ nhấn mạnh chuyến thăm của Thủ tướng Ô-xca Lơ tới Hà Nội vào tháng 4/2019. "
         "Đây là chuyến thăm đầu tiên của ông Pi-e Ma-tin kể từ khi nhậm chức (tháng 6/2020).")
    ents = spans(t, ("POS", "Đại sứ"), ("POS", "Thủ tướng"), ("PER", "Ô-xca Lơ"), ("LOC", "Hà Nội"),
                 ("DATE", "tháng 4/2019"), ("PER", "Pi-e Ma-tin"), ("DATE", "tháng 6/2020"))
    found = owned_visits(t, ents, link_people(t, ents), sentences(t))
    assert [(d.date.text if d.date else None, d.location, [p.name for p in d.people])
            for d in found] == [("tháng 4/2019", "Hà Nội", ["Ô-xca Lơ"]), (None, None, ["Pi-e Ma-tin"])]


def test_one_visit_noun_with_a_list_of_dated_visitors_names_one_visit_each():
    t = ("Đại sứ nhắc lại các chuyến thăm cấp cao như chuyến thăm Lu-mê-ri-a của Chủ tịch nước "
         "Trần Văn Bình (10/2019), Thủ tướng Lê Văn Hà (6/2022). Ông nhấn mạnh chuyến thăm của "
         "Bộ trưởng Đào Minh Khang vào năm 2015, của Thứ trưởng Hà Thu Lan vào tháng 4/2018 và "
         "tiếp đó là chuyến thăm của Thủ tướng Ô-xca Lơ, Bộ trưởng Pi-e Ma-tin.")
    ents = spans(t, ("POS", "Đại sứ"), ("LOC", "Lu-mê-ri-a"), ("POS", "Chủ tịch nước"),
                 ("PER", "Trần Văn Bình"), ("DATE", "10/2019"), ("POS", "Thủ tướng"),
                 ("PER", "Lê Văn Hà"), ("DATE", "6/2022"), ("POS", "Bộ trưởng"), ("PER", "Đào Minh Khang"),
                 ("DATE", "năm 2015"), ("POS", "Thứ trưởng"), ("PER", "Hà Thu Lan"),
                 ("DATE", "tháng 4/2018"), ("POS", "Thủ tướng"), ("PER", "Ô-xca Lơ"),
                 ("POS", "Bộ trưởng"), ("PER", "Pi-e Ma-tin"))
    found = owned_visits(t, ents, link_people(t, ents), sentences(t))
    assert [(d.date.text if d.date else None, [p.name for p in d.people]) for d in found] == [
        ("10/2019", ["Trần Văn Bình"]), ("6/2022", ["Lê Văn Hà"]), ("năm 2015", ["Đào Minh Khang"]),
        ("tháng 4/2018", ["Hà Thu Lan"]), (None, ["Ô-xca Lơ"])]
    assert found[1].location == "Lu-mê-ri-a"


def test_visit_named_with_its_visitor_is_no_event_when_hoped_for_or_planned():
    t = ("Ngày 5/3, Thủ tướng Lê Văn Hà tiếp Đại sứ Ma-ri Kôn. Đại sứ Ma-ri Kôn mong chờ chuyến "
         "thăm Lu-mê-ri-a của Chủ tịch nước Trần Văn Bình. Hai bên chuẩn bị cho chuyến thăm Việt "
         "Nam của Tổng thống Pi-e Ma-tin. Đại sứ khẳng định chuyến thăm của Thủ tướng Ô-xca Lơ "
         "trong thời gian tới sẽ mở ra giai đoạn mới.")
    evs = events_of(t, ("DATE", "Ngày 5/3"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Hà"),
                    ("POS", "Đại sứ"), ("PER", "Ma-ri Kôn"), ("POS", "Đại sứ"), ("PER", "Ma-ri Kôn"),
                    ("LOC", "Lu-mê-ri-a"), ("POS", "Chủ tịch nước"), ("PER", "Trần Văn Bình"),
                    ("LOC", "Việt Nam"), ("POS", "Tổng thống"), ("PER", "Pi-e Ma-tin"),
                    ("POS", "Thủ tướng"), ("PER", "Ô-xca Lơ"))
    assert [e.type for e in evs] == ["reception"]


def test_visit_noun_put_in_the_future_is_no_event_unless_dated():
    t = ("Ngày 5/3, Thủ tướng Lê Văn Hà tiếp Đại sứ Ma-ri Kôn. Chuyến thăm của Thủ tướng Ô-xca Lơ "
         "sẽ diễn ra vào mùa thu. Chuyến thăm của Tổng thống Pi-e Ma-tin sẽ diễn ra từ ngày 5-7/10.")
    evs = events_of(t, ("DATE", "Ngày 5/3"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Hà"),
                    ("POS", "Đại sứ"), ("PER", "Ma-ri Kôn"), ("POS", "Thủ tướng"), ("PER", "Ô-xca Lơ"),
                    ("POS", "Tổng thống"), ("PER", "Pi-e Ma-tin"), ("DATE", "ngày 5-7/10"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("reception", "Ngày 5/3", ["Lê Văn Hà", "Ma-ri Kôn"]), ("visit", "ngày 5-7/10", ["Pi-e Ma-tin"])]


def test_visit_named_again_with_its_visitor_adds_no_second_visit():
    t = ("Chiều 3/5, Thủ tướng Trần Văn Nam thăm chính thức Lu-mê-ri-a. Tổng thống Pi-e Ma-tin "
         "khẳng định chuyến thăm Lu-mê-ri-a của Thủ tướng Trần Văn Nam có ý nghĩa lịch sử.")
    evs = events_of(t, ("DATE", "3/5"), ("POS", "Thủ tướng"), ("PER", "Trần Văn Nam"),
                    ("LOC", "Lu-mê-ri-a"), ("POS", "Tổng thống"), ("PER", "Pi-e Ma-tin"),
                    ("LOC", "Lu-mê-ri-a"), ("POS", "Thủ tướng"), ("PER", "Trần Văn Nam"))
    assert [(e.type, e.date) for e in evs] == [("visit", "3/5")]


def test_a_date_right_after_a_later_visit_noun_dates_that_visit_not_the_main_event():
    t = ("Ngày 12/12, Chủ tịch nước Lê Văn Hà tiếp Đại sứ các nước. Tiếp Đại sứ Lu-mê-ri-a Ma-ri "
         "Kôn, Chủ tịch nước bày tỏ ấn tượng tốt đẹp về chuyến thăm Lu-mê-ri-a tháng 8/2024 vừa qua.")
    evs = events_of(t, ("DATE", "Ngày 12/12"), ("POS", "Chủ tịch nước"), ("PER", "Lê Văn Hà"),
                    ("POS", "Đại sứ"), ("LOC", "Lu-mê-ri-a"), ("PER", "Ma-ri Kôn"),
                    ("POS", "Chủ tịch nước"), ("LOC", "Lu-mê-ri-a"), ("DATE", "tháng 8/2024"))
    assert [(e.type, e.date) for e in evs] == [("reception", "Ngày 12/12"), ("visit", "tháng 8/2024")]
    assert names(evs[0]) == ["Lê Văn Hà", "Ma-ri Kôn"]


def test_phone_talks_with_two_counterparts_are_two_events():
    t = "Chiều 28/7, Bộ trưởng Cao Minh Tuấn có các cuộc điện đàm với ông Sổm Phết và bà Nu Khăm."
    evs = events_of(t, ("DATE", "28/7"), ("POS", "Bộ trưởng"), ("PER", "Cao Minh Tuấn"),
                    ("PER", "Sổm Phết"), ("PER", "Nu Khăm"))
    assert [(e.type, names(e)) for e in evs] == [("talks", ["Cao Minh Tuấn", "Sổm Phết"]),
                                                  ("talks", ["Cao Minh Tuấn", "Nu Khăm"])]


def test_trigger_lookalikes_are_not_triggers_and_case_is_kept():
    t = ("Tỉnh tiếp tục thăm hỏi gia đình, dự án tiếp nhận vốn. Hội Đàm diễn ra. Vinh dự được "
         "duyệt Đội danh dự, xây nhà làm việc.")
    found = [t[s:e] for s, e, _ in find_triggers(t, 0, len(t))]
    assert found == ["Hội Đàm"]
    assert dict(TRIGGERS)["điện đàm"] == "talks" and dict(TRIGGERS)["tiễn"] == "farewell"


def test_receiving_a_former_or_new_title_holder_or_a_group_is_a_reception():
    t = ("Phó Thủ tướng Hồ Đức Lâm tiếp cựu Thủ tướng Úc Gia-cốp Brao. Bộ trưởng Lý Thu Hà tiếp "
         "tân Đại sứ Chi-lê. Thứ trưởng Đỗ Quang Vinh tiếp nhóm nghị sĩ trẻ Pháp. Đại sứ quán tổ "
         "chức buổi tiếp tân mừng Quốc khánh.")
    found = [t[s:e] for s, e, _ in find_triggers(t, 0, len(t))]
    assert found == ["tiếp", "tiếp", "tiếp"]


def test_receiving_an_envoys_farewell_call_is_a_reception():
    t = ("Chủ tịch nước Đặng Minh Khôi đã ghi nhận những đóng góp của Đại sứ trong buổi tiếp "
         "chào từ biệt ngày 5/7. Trước đó, ông tiếp chào kết thúc nhiệm kỳ Tổng Lãnh sự Ý.")
    found = [t[s:e] for s, e, _ in find_triggers(t, 0, len(t))]
    assert found == ["tiếp", "tiếp"]
    evs = events_of(t, ("POS", "Chủ tịch nước"), ("PER", "Đặng Minh Khôi"), ("DATE", "5/7"))
    assert [(e.type, e.date, names(e)) for e in evs] == [("reception", "5/7", ["Đặng Minh Khôi"])]


def test_living_studying_or_a_term_of_work_is_no_working_session():
    t = ("Nhiều sinh viên Lào học tập và làm việc tại Đà Nẵng. Kiều bào sinh sống, làm việc ở "
         "Séc. Trong nhiệm kỳ làm việc, Tổng Lãnh sự hứa hỗ trợ. Đoàn làm việc với tỉnh Kon Tum.")
    found = [t[s:e] for s, e, _ in find_triggers(t, 0, len(t))]
    assert found == ["làm việc"]


def test_welcoming_crowds_of_tourists_is_no_welcome():
    t = ("Mùa hè này Đà Nẵng đón một lượng lớn du khách, Hội An đón hàng nghìn lượt khách. "
         "Chủ tịch tỉnh Võ Văn Nam đón Đại sứ Ý tại sân bay.")
    found = [t[s:e] for s, e, _ in find_triggers(t, 0, len(t))]
    assert found == ["đón"]


def test_signing_between_places_has_places_as_organisations():
    t = "Ngày 12/1, Lạng Sơn và Quảng Tây ký kết biên bản hợp tác."
    evs = events_of(t, ("DATE", "Ngày 12/1"), ("LOC", "Lạng Sơn"), ("LOC", "Quảng Tây"))
    assert [(e.type, e.organisations) for e in evs] == [("signing", ["Lạng Sơn", "Quảng Tây"])]


def test_speaker_after_the_event_is_a_participant_and_inviter_is_not():
    t = ("Chiều 4/10, theo lời mời của Chủ tịch nước Hà Văn Sáu, Tổng thống An-đrê Pôn "
         "đã hội đàm với Phó Chủ tịch nước Kiều Thị Nga.\n"
         "Bộ trưởng Ngoại giao Mai Đức Lộc, thành viên đoàn, cho biết hai bên nhất trí nhiều nội dung.")
    evs = events_of(t, ("DATE", "4/10"), ("POS", "Chủ tịch nước"), ("PER", "Hà Văn Sáu"),
                    ("POS", "Tổng thống"), ("PER", "An-đrê Pôn"), ("POS", "Phó Chủ tịch nước"),
                    ("PER", "Kiều Thị Nga"), ("POS", "Bộ trưởng Ngoại giao"), ("PER", "Mai Đức Lộc"))
    assert len(evs) == 1
    assert names(evs[0]) == ["An-đrê Pôn", "Kiều Thị Nga", "Mai Đức Lộc"]


def test_hard_wrapped_lines_are_one_sentence():
    t = "Sáng\nngày 01/3/2024, đoàn do ông Lò Văn Pọm,\nPhó Giám đốc Sở, dẫn đầu đã thăm\nvà làm việc tại Sơn La."
    ents = spans(t, ("DATE", "ngày 01/3/2024"), ("PER", "Lò Văn Pọm"), ("POS", "Phó Giám đốc Sở"),
                 ("LOC", "Sơn La"))
    people = link_people(t, ents)
    evs = group_events(t, ents, people)
    assert [(e.type, e.date_iso, names(e)) for e in evs] == [("visit", "2024-03-01", ["Lò Văn Pọm"])]
    assert people[0].positions == ["Phó Giám đốc Sở"]


def test_follow_up_that_names_the_occasion_joins_that_event_not_the_last_one():
    t = ("Sáng 3/3, Thủ tướng Lại Văn Khải hội đàm với Thủ tướng Xổm Xạ Vạt. "
         "Chiều cùng ngày, Chủ tịch nước Đào Văn Cừ tiếp Thủ tướng Xổm Xạ Vạt.\n"
         "Tại hội đàm, Phó Thủ tướng Lò Thị Dung đã trình bày báo cáo.")
    evs = events_of(t, ("DATE", "3/3"), ("POS", "Thủ tướng"), ("PER", "Lại Văn Khải"),
                    ("POS", "Thủ tướng"), ("PER", "Xổm Xạ Vạt"), ("POS", "Chủ tịch nước"),
                    ("PER", "Đào Văn Cừ"), ("POS", "Thủ tướng"), ("PER", "Xổm Xạ Vạt"),
                    ("POS", "Phó Thủ tướng"), ("PER", "Lò Thị Dung"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("talks", "3/3", ["Lại Văn Khải", "Xổm Xạ Vạt", "Lò Thị Dung"]),
        ("reception", "3/3", ["Đào Văn Cừ", "Xổm Xạ Vạt"])]


def test_frame_clause_after_a_time_clause_names_the_visit_not_the_main_event():
    t = ("Mới đây, trong chương trình thăm chính thức Ai Cập, Thủ tướng Trần Văn Lộc "
         "đã tiếp ông Ô-ma Ha-sim, Chủ tịch Tập đoàn Nin.")
    evs = events_of(t, ("LOC", "Ai Cập"), ("POS", "Thủ tướng"), ("PER", "Trần Văn Lộc"),
                    ("PER", "Ô-ma Ha-sim"), ("POS", "Chủ tịch Tập đoàn Nin"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Trần Văn Lộc"]),
                                                  ("reception", ["Trần Văn Lộc", "Ô-ma Ha-sim"])]


def test_visit_in_a_trailing_frame_is_the_guests():
    t = "Chiều 3/5, Chủ tịch nước Hồ Thị Lan tiếp Thủ tướng Gờ-ret Bô, nhân dịp Thủ tướng thăm Việt Nam."
    evs = events_of(t, ("DATE", "3/5"), ("POS", "Chủ tịch nước"), ("PER", "Hồ Thị Lan"),
                    ("POS", "Thủ tướng"), ("PER", "Gờ-ret Bô"), ("POS", "Thủ tướng"),
                    ("LOC", "Việt Nam"))
    assert [(e.type, names(e)) for e in evs] == [("reception", ["Hồ Thị Lan", "Gờ-ret Bô"]),
                                                  ("visit", ["Gờ-ret Bô"])]


def test_on_this_occasion_is_not_a_frame_and_a_sent_invitation_is_a_plan():
    t = ("Ngày 8/8, Bộ trưởng Lưu Đức Thọ hội kiến ông Mác Pê-tơ. "
         "Nhân dịp này, ông Mác Pê-tơ gửi lời mời Bộ trưởng Lưu Đức Thọ sang thăm Ca-na-đa.")
    evs = events_of(t, ("DATE", "8/8"), ("POS", "Bộ trưởng"), ("PER", "Lưu Đức Thọ"),
                    ("PER", "Mác Pê-tơ"), ("PER", "Mác Pê-tơ"), ("POS", "Bộ trưởng"),
                    ("PER", "Lưu Đức Thọ"), ("LOC", "Ca-na-đa"))
    assert [e.type for e in evs] == ["talks"]


def test_welcome_in_a_frame_clause_is_an_event_of_its_own():
    t = ("Sáng 9/4, sau lễ đón chính thức, Chủ tịch nước Phan Thu Hằng hội đàm với "
         "Tổng thống Giô-dép Ba-la.")
    evs = events_of(t, ("DATE", "9/4"), ("POS", "Chủ tịch nước"), ("PER", "Phan Thu Hằng"),
                    ("POS", "Tổng thống"), ("PER", "Giô-dép Ba-la"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("welcome", "9/4", ["Phan Thu Hằng", "Giô-dép Ba-la"]),
        ("talks", "9/4", ["Phan Thu Hằng", "Giô-dép Ba-la"])]


def test_past_signing_with_its_own_date_is_an_event_but_a_covered_period_is_not():
    t = (" date 2024-10-02 Ngày 1/10, tỉnh Hòa Bình làm việc với tỉnh Xiêng Khoảng về thỏa thuận "
         "hợp tác đã ký năm 2019. Ngày 2/10, Hòa Bình và Xiêng Khoảng ký kế hoạch hợp tác giai "
         "đoạn 2025 - 2030.")
    evs = events_of(t, ("DATE", "2024-10-02"), ("DATE", "Ngày 1/10"), ("LOC", "Hòa Bình"),
                    ("LOC", "Xiêng Khoảng"), ("DATE", "năm 2019"), ("DATE", "Ngày 2/10"),
                    ("LOC", "Hòa Bình"), ("LOC", "Xiêng Khoảng"), ("DATE", "2025 - 2030"))
    assert [(e.type, e.date) for e in evs] == [("working_session", "Ngày 1/10"),
                                               ("signing", "năm 2019"),
                                               ("signing", "Ngày 2/10")]
    assert evs[1].date_iso == "2019" and evs[1].organisations == ["Xiêng Khoảng"]


def test_a_visit_states_the_visitors_not_the_hosts():
    t = ("Ngày 20/3, Đại sứ Pi-e Lăng thăm và làm việc với tỉnh Bắc Giang. "
         "Tiếp Đại sứ có ông Ngô Văn Tài, Chủ tịch UBND tỉnh.")
    evs = events_of(t, ("DATE", "Ngày 20/3"), ("POS", "Đại sứ"), ("PER", "Pi-e Lăng"),
                    ("LOC", "Bắc Giang"), ("POS", "Đại sứ"), ("PER", "Ngô Văn Tài"),
                    ("POS", "Chủ tịch UBND tỉnh"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Pi-e Lăng", "Ngô Văn Tài"])]
    t2 = "Ngày 20/3, Đại sứ Pi-e Lăng thăm và làm việc với Chủ tịch UBND tỉnh Ngô Văn Tài."
    evs = events_of(t2, ("DATE", "Ngày 20/3"), ("POS", "Đại sứ"), ("PER", "Pi-e Lăng"),
                    ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Ngô Văn Tài"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Pi-e Lăng"])]


def test_unnamed_delegation_visiting_after_the_main_trigger_gives_no_visit_to_the_host():
    t = "Ngày 2/6, Chủ tịch Quốc hội Lê Văn Bình đón Chủ tịch Quốc viện và đoàn thăm chính thức Việt Nam."
    evs = events_of(t, ("DATE", "Ngày 2/6"), ("POS", "Chủ tịch Quốc hội"), ("PER", "Lê Văn Bình"),
                    ("POS", "Chủ tịch Quốc viện"), ("LOC", "Việt Nam"))
    assert [(e.type, names(e)) for e in evs] == [("welcome", ["Lê Văn Bình"])]


def test_cue_naming_talks_not_yet_stated_opens_them_and_both_sides_are_the_last_events():
    t = ("Sáng 5/7, Chủ tịch nước Vũ Thị Hoa đón Tổng thống Ra-un Cát. "
         "Tại cuộc hội đàm, Tổng thống Ra-un Cát cảm ơn sự đón tiếp. "
         "Sau đó, hai bên đã ký kết biên bản ghi nhớ.")
    evs = events_of(t, ("DATE", "5/7"), ("POS", "Chủ tịch nước"), ("PER", "Vũ Thị Hoa"),
                    ("POS", "Tổng thống"), ("PER", "Ra-un Cát"), ("POS", "Tổng thống"),
                    ("PER", "Ra-un Cát"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("welcome", "5/7", ["Vũ Thị Hoa", "Ra-un Cát"]),
        ("talks", "5/7", ["Ra-un Cát"]),
        ("signing", "5/7", ["Ra-un Cát"])]


def test_visit_named_beside_the_main_event_takes_the_sentences_date():
    t = "Sáng 11/9, Phó Thủ tướng Mai Văn Sơn tiếp Bộ trưởng Ê-ric Đuy-boa đang thăm Việt Nam."
    evs = events_of(t, ("DATE", "11/9"), ("POS", "Phó Thủ tướng"), ("PER", "Mai Văn Sơn"),
                    ("POS", "Bộ trưởng"), ("PER", "Ê-ric Đuy-boa"), ("LOC", "Việt Nam"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("reception", "11/9", ["Mai Văn Sơn", "Ê-ric Đuy-boa"]), ("visit", "11/9", ["Ê-ric Đuy-boa"])]


def test_a_guest_who_came_to_visit_and_work_is_the_reception_itself():
    t = ("Sáng 12/3, Chủ tịch tỉnh Lê Quang Hòa tiếp ông Mác Xi-môn, Tổng Lãnh sự Ca-na-đa "
         "đến thăm và làm việc tại tỉnh Bình Lâm.")
    evs = events_of(t, ("DATE", "12/3"), ("POS", "Chủ tịch tỉnh"), ("PER", "Lê Quang Hòa"),
                    ("PER", "Mác Xi-môn"), ("POS", "Tổng Lãnh sự Ca-na-đa"), ("LOC", "Bình Lâm"))
    assert [(e.type, names(e)) for e in evs] == [("reception", ["Lê Quang Hòa", "Mác Xi-môn"])]
    # "nhân dân" in the guest's country is no "nhân dịp" of a trip of its own.
    t = ("Chiều 4/2, Chủ tịch tỉnh Lê Quang Hòa tiếp Tỉnh trưởng tỉnh Xê Kông Bun Mi (Cộng hòa Dân "
         "chủ Nhân dân Lào) đến thăm, chúc Tết tỉnh Bình Lâm.")
    evs = events_of(t, ("DATE", "4/2"), ("POS", "Chủ tịch tỉnh"), ("PER", "Lê Quang Hòa"),
                    ("POS", "Tỉnh trưởng tỉnh Xê Kông"), ("PER", "Bun Mi"),
                    ("LOC", "Cộng hòa Dân chủ Nhân dân Lào"), ("LOC", "Bình Lâm"))
    assert [(e.type, names(e)) for e in evs] == [("reception", ["Lê Quang Hòa", "Bun Mi"])]


def test_a_guest_who_came_to_visit_after_a_comma_is_no_doing_of_the_host():
    t = ("Sáng 12/3, Chủ tịch tỉnh Lê Quang Hòa tiếp đoàn doanh nghiệp do ông Mác Xi-môn làm "
         "trưởng đoàn, đến thăm, tìm hiểu đầu tư tại tỉnh Bình Lâm.")
    evs = events_of(t, ("DATE", "12/3"), ("POS", "Chủ tịch tỉnh"), ("PER", "Lê Quang Hòa"),
                    ("PER", "Mác Xi-môn"), ("LOC", "Bình Lâm"))
    assert [(e.type, names(e)) for e in evs] == [("reception", ["Lê Quang Hòa", "Mác Xi-môn"])]


def test_a_guest_on_a_trip_of_their_own_or_visiting_the_place_still_visits():
    for tail in ("đang có chuyến thăm và làm việc tại tỉnh Bình Lâm.",
                 "nhân dịp ông đến thăm và làm việc tại tỉnh Bình Lâm.",
                 "đến thăm tỉnh Bình Lâm."):
        t = "Sáng 12/3, Chủ tịch tỉnh Lê Quang Hòa tiếp ông Mác Xi-môn " + tail
        evs = events_of(t, ("DATE", "12/3"), ("POS", "Chủ tịch tỉnh"), ("PER", "Lê Quang Hòa"),
                        ("PER", "Mác Xi-môn"), ("LOC", "Bình Lâm"))
        assert [(e.type, names(e)) for e in evs] == [
            ("reception", ["Lê Quang Hòa", "Mác Xi-môn"]), ("visit", ["Mác Xi-môn"])], tail


def test_a_visitor_spelled_with_and_without_hyphens_is_one_visitor():
    t = ("Ngày 5/6, Tổng thống Kang Do Yun thăm chính thức Việt Nam. "
         "Chiều 5/6, Tổng thống Kang Do-yun thăm chính thức Việt Nam theo lời mời của Chủ tịch nước.")
    evs = events_of(t, ("DATE", "Ngày 5/6"), ("POS", "Tổng thống"), ("PER", "Kang Do Yun"),
                    ("LOC", "Việt Nam"), ("DATE", "5/6"), ("POS", "Tổng thống"),
                    ("PER", "Kang Do-yun"), ("LOC", "Việt Nam"), ("POS", "Chủ tịch nước"))
    assert [e.type for e in evs] == ["visit"]


def test_a_visit_restated_with_a_range_written_in_words_is_the_same_visit():
    t = ("Chủ tịch Quốc hội Trần Minh Khoa thăm hữu nghị Na Uy từ ngày 23-27/12. "
         "Ông Trần Minh Khoa thăm hữu nghị Vương quốc Na Uy từ ngày 23 đến ngày 27/12/2015.")
    evs = events_of(t, ("POS", "Chủ tịch Quốc hội"), ("PER", "Trần Minh Khoa"), ("LOC", "Na Uy"),
                    ("DATE", "ngày 23-27/12"), ("PER", "Trần Minh Khoa"),
                    ("LOC", "Vương quốc Na Uy"), ("DATE", "ngày 23"), ("DATE", "ngày 27/12/2015"))
    assert [(e.type, e.date) for e in evs] == [("visit", "ngày 23-27/12")]


def test_listed_places_named_by_short_and_full_names_are_the_same_stops():
    t = ("Chủ tịch nước Lê Văn An thăm chính thức Chi-lê và Pê-ru. "
         "Sáng 3/5, Chủ tịch nước Lê Văn An lên đường thăm chính thức Cộng hòa Chi-lê và "
         "Cộng hòa Pê-ru từ ngày 3-9/5.")
    evs = events_of(t, ("POS", "Chủ tịch nước"), ("PER", "Lê Văn An"), ("LOC", "Chi-lê"),
                    ("LOC", "Pê-ru"), ("DATE", "3/5"), ("POS", "Chủ tịch nước"),
                    ("PER", "Lê Văn An"), ("LOC", "Cộng hòa Chi-lê"), ("LOC", "Cộng hòa Pê-ru"),
                    ("DATE", "ngày 3-9/5"))
    assert [(e.type, e.location) for e in evs] == [("visit", "Chi-lê"), ("visit", "Pê-ru")]


def test_a_place_set_in_another_is_not_that_place():
    assert same_place("Cộng hòa Chi-lê", "Chi-lê")
    assert not same_place("Đại sứ quán Việt Nam tại Chi-lê", "Chi-lê")
    assert not same_place("Nam Chi-lê", "Chi")


def test_a_date_measured_from_since_does_not_date_the_event():
    t = ("Ngày 2/11, Chủ tịch Quốc hội Kim Sang-ho thăm chính thức Việt Nam. "
         "Đây là chuyến thăm chính thức Việt Nam đầu tiên của ông Kim Sang-ho từ khi nhậm chức "
         "ngày 5/6.")
    evs = events_of(t, ("DATE", "Ngày 2/11"), ("POS", "Chủ tịch Quốc hội"), ("PER", "Kim Sang-ho"),
                    ("LOC", "Việt Nam"), ("LOC", "Việt Nam"), ("PER", "Kim Sang-ho"),
                    ("DATE", "ngày 5/6"))
    assert [(e.type, e.date) for e in evs] == [("visit", "Ngày 2/11")]


def test_unnamed_span_of_the_visit_dates_it_but_another_trip_stays_apart():
    t = ("Ngày 3/10, Chủ tịch tỉnh Hà Văn Lực thăm và làm việc tại tỉnh Luông Pha-bang. "
         "Chuyến thăm diễn ra từ ngày 2 - 5/10 tại Luông Pha-bang. "
         "Chuyến thăm trước đó tới Luông Pha-bang diễn ra vào tháng 4/2019.")
    evs = events_of(t, ("DATE", "Ngày 3/10"), ("POS", "Chủ tịch tỉnh"), ("PER", "Hà Văn Lực"),
                    ("LOC", "Luông Pha-bang"), ("DATE", "ngày 2 - 5/10"), ("LOC", "Luông Pha-bang"),
                    ("LOC", "Luông Pha-bang"), ("DATE", "tháng 4/2019"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("visit", "ngày 2 - 5/10", ["Hà Văn Lực"]), ("visit", "tháng 4/2019", [])]


def test_visitor_welcomed_by_name_is_on_a_visit_but_an_unnamed_or_invited_one_is_not():
    t = ("Ngày 6/5, Chủ tịch Quốc hội Đỗ Minh Tâm hội đàm với Chủ tịch Thượng viện Giu-li Ăng. "
         "Chủ tịch Quốc hội Đỗ Minh Tâm hoan nghênh Chủ tịch Thượng viện Giu-li Ăng sang thăm Việt Nam. "
         "Ông cũng chào mừng đoàn sang thăm và cảm ơn lời mời thăm Pháp của bà Giu-li Ăng.")
    evs = events_of(t, ("DATE", "Ngày 6/5"), ("POS", "Chủ tịch Quốc hội"), ("PER", "Đỗ Minh Tâm"),
                    ("POS", "Chủ tịch Thượng viện"), ("PER", "Giu-li Ăng"),
                    ("POS", "Chủ tịch Quốc hội"), ("PER", "Đỗ Minh Tâm"),
                    ("POS", "Chủ tịch Thượng viện"), ("PER", "Giu-li Ăng"), ("LOC", "Việt Nam"),
                    ("LOC", "Pháp"), ("PER", "Giu-li Ăng"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("talks", "Ngày 6/5", ["Đỗ Minh Tâm", "Giu-li Ăng"]), ("visit", "Ngày 6/5", ["Giu-li Ăng"])]


def test_host_glad_at_a_guest_visiting_welcomes_a_visit_but_not_an_ambassadors_call():
    t = ("Ngày 9/3, Chủ tịch tỉnh Lò Văn Tâm tiếp xã giao ông Pi-e Mác-tanh. "
         "Chủ tịch tỉnh Lò Văn Tâm bày tỏ vui mừng khi ông Pi-e Mác-tanh, Giám đốc Quỹ Hòa Bình, "
         "đã tới thăm tỉnh Tân Lĩnh.")
    evs = events_of(t, ("DATE", "Ngày 9/3"), ("POS", "Chủ tịch tỉnh"), ("PER", "Lò Văn Tâm"),
                    ("PER", "Pi-e Mác-tanh"), ("POS", "Chủ tịch tỉnh"), ("PER", "Lò Văn Tâm"),
                    ("PER", "Pi-e Mác-tanh"), ("POS", "Giám đốc"), ("ORG", "Quỹ Hòa Bình"),
                    ("LOC", "Tân Lĩnh"))
    assert [(e.type, names(e)) for e in evs] == [
        ("reception", ["Lò Văn Tâm", "Pi-e Mác-tanh"]), ("visit", ["Pi-e Mác-tanh"])]
    t = ("Ngày 9/3, Chủ tịch tỉnh Lò Văn Tâm tiếp xã giao Đại sứ Pi-e Mác-tanh. "
         "Chủ tịch tỉnh Lò Văn Tâm bày tỏ vui mừng khi Đại sứ Pi-e Mác-tanh "
         "đến thăm và làm việc tại tỉnh Tân Lĩnh.")
    evs = events_of(t, ("DATE", "Ngày 9/3"), ("POS", "Chủ tịch tỉnh"), ("PER", "Lò Văn Tâm"),
                    ("POS", "Đại sứ"), ("PER", "Pi-e Mác-tanh"), ("POS", "Chủ tịch tỉnh"),
                    ("PER", "Lò Văn Tâm"), ("POS", "Đại sứ"), ("PER", "Pi-e Mác-tanh"),
                    ("LOC", "Tân Lĩnh"))
    assert [e.type for e in evs] == ["reception"]


def test_speaker_honoured_to_visit_is_on_a_visit_but_not_an_ambassador():
    t = ("Ngày 4/11, Bộ trưởng Hoàng Minh Đạt hội đàm với Thiếu tướng Gi-ô-van Pê-tơ. "
         "Trước hội đàm, Thiếu tướng Gi-ô-van Pê-tơ bày tỏ niềm vinh dự được thăm chính thức Việt Nam.")
    evs = events_of(t, ("DATE", "Ngày 4/11"), ("POS", "Bộ trưởng"), ("PER", "Hoàng Minh Đạt"),
                    ("POS", "Thiếu tướng"), ("PER", "Gi-ô-van Pê-tơ"), ("POS", "Thiếu tướng"),
                    ("PER", "Gi-ô-van Pê-tơ"), ("LOC", "Việt Nam"))
    assert [(e.type, names(e)) for e in evs] == [
        ("talks", ["Hoàng Minh Đạt", "Gi-ô-van Pê-tơ"]), ("visit", ["Gi-ô-van Pê-tơ"])]
    t = ("Ngày 4/11, Chủ tịch tỉnh Hoàng Minh Đạt tiếp Đại sứ Gi-ô-van Pê-tơ. "
         "Đại sứ Gi-ô-van Pê-tơ bày tỏ vinh dự được đến thăm và làm việc tại tỉnh Tân Lĩnh.")
    evs = events_of(t, ("DATE", "Ngày 4/11"), ("POS", "Chủ tịch tỉnh"), ("PER", "Hoàng Minh Đạt"),
                    ("POS", "Đại sứ"), ("PER", "Gi-ô-van Pê-tơ"), ("POS", "Đại sứ"),
                    ("PER", "Gi-ô-van Pê-tơ"), ("LOC", "Tân Lĩnh"))
    assert [e.type for e in evs] == ["reception"]


def test_welcomed_visit_of_a_pronoun_is_the_visit_of_the_person_so_called():
    t = ("Ngày 5/7, Chủ tịch tỉnh Trần Văn Lộc tiếp bà Ma-ri-a Xin-va. "
         "Chúc mừng bà Ma-ri-a Xin-va được bầu làm Chủ tịch Hội Hữu nghị, Chủ tịch tỉnh Trần Văn Lộc "
         "hoan nghênh chuyến thăm Việt Nam của bà trên cương vị mới.")
    evs = events_of(t, ("DATE", "Ngày 5/7"), ("POS", "Chủ tịch tỉnh"), ("PER", "Trần Văn Lộc"),
                    ("PER", "Ma-ri-a Xin-va"), ("PER", "Ma-ri-a Xin-va"), ("POS", "Chủ tịch"),
                    ("ORG", "Hội Hữu nghị"), ("POS", "Chủ tịch tỉnh"), ("PER", "Trần Văn Lộc"),
                    ("LOC", "Việt Nam"))
    assert [(e.type, names(e)) for e in evs] == [
        ("reception", ["Trần Văn Lộc", "Ma-ri-a Xin-va"]), ("visit", ["Ma-ri-a Xin-va"])]


def test_thanks_in_an_earlier_clause_do_not_make_the_host_a_visitor():
    t = ("Chiều 2/4, Chủ tịch tỉnh Vũ Đức Minh tiếp xã giao ông Hen-rích Bau-ơ. "
         "Ông Hen-rích Bau-ơ cảm ơn Chủ tịch tỉnh Vũ Đức Minh đã đón tiếp đoàn nồng nhiệt; "
         "đồng thời cho biết đây là lần đầu ông đến thăm tỉnh Tân Lĩnh.")
    evs = events_of(t, ("DATE", "2/4"), ("POS", "Chủ tịch tỉnh"), ("PER", "Vũ Đức Minh"),
                    ("PER", "Hen-rích Bau-ơ"), ("PER", "Hen-rích Bau-ơ"), ("POS", "Chủ tịch tỉnh"),
                    ("PER", "Vũ Đức Minh"), ("LOC", "Tân Lĩnh"))
    assert all("Vũ Đức Minh" not in names(e) for e in evs if e.type == "visit")


def test_leader_named_before_a_passing_visit_stays_in_the_main_event():
    t = ("Ngày 3/8, Đại sứ Lê Thu Hà đã tiếp đoàn tỉnh Cà Mau do ông Trịnh Văn Khôi dẫn đầu "
         "thăm làm việc tại Bỉ từ ngày 30/7-4/8.")
    evs = events_of(t, ("DATE", "Ngày 3/8"), ("POS", "Đại sứ"), ("PER", "Lê Thu Hà"),
                    ("LOC", "Cà Mau"), ("PER", "Trịnh Văn Khôi"), ("LOC", "Bỉ"),
                    ("DATE", "ngày 30/7-4/8"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("reception", "Ngày 3/8", ["Lê Thu Hà", "Trịnh Văn Khôi"]),
        ("visit", "ngày 30/7-4/8", ["Trịnh Văn Khôi"])]


def test_places_listed_after_one_visit_trigger_are_one_visit_each():
    t = ("Ngày 5/3, đoàn công tác do ông Hồ Minh Tâm, Phó Chủ tịch UBND tỉnh, dẫn đầu thăm "
         "tỉnh Xiêng Khoảng; thăm Lữ đoàn 925 và tỉnh Hủa Phăn.")
    evs = events_of(t, ("DATE", "5/3"), ("PER", "Hồ Minh Tâm"), ("POS", "Phó Chủ tịch UBND tỉnh"),
                    ("LOC", "Xiêng Khoảng"), ("ORG", "Lữ đoàn 925"), ("LOC", "Hủa Phăn"))
    assert [(e.type, e.location, e.date) for e in evs] == [
        ("visit", "Xiêng Khoảng", "5/3"), ("visit", "Lữ đoàn 925", "5/3"), ("visit", "Hủa Phăn", "5/3")]
    assert all(names(e) == ["Hồ Minh Tâm"] for e in evs)


def test_a_place_and_its_country_after_commas_stay_one_visit():
    t = "Ngày 5/3, ông Hồ Minh Tâm thăm thủ đô Viêng Chăn, Lào."
    evs = events_of(t, ("DATE", "5/3"), ("PER", "Hồ Minh Tâm"), ("LOC", "Viêng Chăn"), ("LOC", "Lào"))
    assert len(evs) == 1 and evs[0].location == "Viêng Chăn"


def test_a_visit_restated_with_its_range_of_days_is_one_event_dated_by_the_range():
    t = (" date 2024-09-12 Sáng 9/9, Chủ tịch Sa-ri Khăm-phăn thăm chính thức Việt Nam. "
         "Chủ tịch Sa-ri Khăm-phăn thăm chính thức Việt Nam từ ngày 9 – 12/9.")
    evs = events_of(t, ("DATE", "2024-09-12"), ("DATE", "9/9"), ("POS", "Chủ tịch"),
                    ("PER", "Sa-ri Khăm-phăn"), ("LOC", "Việt Nam"), ("POS", "Chủ tịch"),
                    ("PER", "Sa-ri Khăm-phăn"), ("LOC", "Việt Nam"), ("DATE", "ngày 9 – 12/9"))
    assert [(e.type, e.date, e.date_iso) for e in evs] == [("visit", "ngày 9 – 12/9", "2024-09-09")]


def test_a_visit_named_beside_a_reception_takes_its_own_range_of_days():
    t = ("Chiều 10/9, Thủ tướng Lê Văn Tùng tiếp ông Pi-e Ma-tin trong khuôn khổ chuyến thăm "
         "Việt Nam từ ngày 9-12/9.")
    evs = events_of(t, ("DATE", "10/9"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Tùng"),
                    ("PER", "Pi-e Ma-tin"), ("LOC", "Việt Nam"), ("DATE", "ngày 9-12/9"))
    assert [(e.type, e.date) for e in evs] == [("reception", "10/9"), ("visit", "ngày 9-12/9")]
    assert names(evs[1]) == ["Pi-e Ma-tin"]


def test_a_visit_framed_after_a_call_is_the_callers_not_the_hosts():
    t = ("Sáng 4/11, Thủ tướng Căm-pu-chia Hun Ma-nét hội kiến Chủ tịch Quốc hội Trần Văn Bình, "
         "trong khuôn khổ chuyến thăm chính thức Việt Nam.")
    evs = events_of(t, ("DATE", "4/11"), ("POS", "Thủ tướng"), ("LOC", "Căm-pu-chia"),
                    ("PER", "Hun Ma-nét"), ("POS", "Chủ tịch Quốc hội"), ("PER", "Trần Văn Bình"),
                    ("LOC", "Việt Nam"))
    assert [(e.type, names(e)) for e in evs] == [
        ("talks", ["Hun Ma-nét", "Trần Văn Bình"]), ("visit", ["Hun Ma-nét"])]


def test_a_framed_visit_with_its_owner_after_cua_is_the_owners_not_the_guests():
    t = ("Chiều 5/6, Thủ tướng Lê Văn Hà tiếp Bộ trưởng Ngoại giao Ma-ri Kôn nhân chuyến thăm "
         "chính thức Việt Nam của Tổng thống Pi-e Ma-tin.")
    evs = events_of(t, ("DATE", "5/6"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Hà"),
                    ("POS", "Bộ trưởng Ngoại giao"), ("PER", "Ma-ri Kôn"), ("LOC", "Việt Nam"),
                    ("POS", "Tổng thống"), ("PER", "Pi-e Ma-tin"))
    assert [(e.date, names(e)) for e in evs if e.type == "visit"] == [("5/6", ["Pi-e Ma-tin"])]


def test_delegation_event_naming_nobody_falls_back_to_its_leader():
    t = ("Ngày 5/3, Đoàn đại biểu tỉnh Xiêng Khoảng do ông Bun-mi Khăm, Phó Tỉnh trưởng, "
         "làm trưởng đoàn đã đến Nghệ An.\n"
         "Chiều cùng ngày, Đoàn đã thăm Khu di tích Kim Liên.")
    evs = events_of(t, ("DATE", "Ngày 5/3"), ("LOC", "Xiêng Khoảng"), ("PER", "Bun-mi Khăm"),
                    ("POS", "Phó Tỉnh trưởng"), ("LOC", "Nghệ An"), ("LOC", "Khu di tích Kim Liên"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Bun-mi Khăm"])]


def test_another_delegation_does_not_take_the_leader():
    t = ("Ngày 5/3, Đoàn đại biểu tỉnh Xiêng Khoảng do ông Bun-mi Khăm làm trưởng đoàn "
         "đã hội đàm với tỉnh Nghệ An.\n"
         "Ngày 7/3, Đoàn đại biểu tỉnh Hủa Phăn đã thăm tỉnh Nghệ An.")
    evs = events_of(t, ("DATE", "Ngày 5/3"), ("LOC", "Xiêng Khoảng"), ("PER", "Bun-mi Khăm"),
                    ("LOC", "Nghệ An"), ("DATE", "Ngày 7/3"), ("LOC", "Hủa Phăn"),
                    ("LOC", "Nghệ An"))
    assert [(e.type, names(e)) for e in evs] == [("talks", ["Bun-mi Khăm"]), ("visit", [])]


def test_event_undated_takes_the_date_of_the_scene_sentence_before_it():
    t = ("Đoàn công tác tỉnh Cao Bằng về nước\n"
         "Chiều 18/5, Đoàn công tác tỉnh Cao Bằng đã nhập cảnh về nước qua cửa khẩu Tà Lùng.\n"
         "Đón đoàn có ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh.")
    evs = events_of(t, ("LOC", "Cao Bằng"), ("DATE", "18/5"), ("LOC", "Cao Bằng"),
                    ("LOC", "Tà Lùng"), ("PER", "Lê Văn Hòa"), ("POS", "Phó Chủ tịch UBND tỉnh"))
    assert [(e.type, e.date, names(e)) for e in evs] == [("welcome", "18/5", ["Lê Văn Hòa"])]


def test_scene_date_wins_over_the_date_of_an_earlier_event():
    t = ("Ngày 10/4, ông Trần Văn Tâm hội đàm với ông Kim Min Ho.\n"
         "Ngày 12/4, đoàn rời Hà Nội.\n"
         "Tiễn đoàn có ông Trần Văn Tâm.")
    evs = events_of(t, ("DATE", "Ngày 10/4"), ("PER", "Trần Văn Tâm"), ("PER", "Kim Min Ho"),
                    ("DATE", "Ngày 12/4"), ("LOC", "Hà Nội"), ("PER", "Trần Văn Tâm"))
    assert [(e.type, e.date) for e in evs] == [("talks", "Ngày 10/4"), ("farewell", "Ngày 12/4")]


def test_receiving_the_delegation_adds_its_leader_to_the_hosts():
    t = ("Ngày 5/3, Đoàn đại biểu tỉnh Xiêng Khoảng do ông Bun-mi Khăm làm trưởng đoàn "
         "đã nhập cảnh qua cửa khẩu Nậm Cắn.\n"
         "Đón đoàn có ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh.")
    evs = events_of(t, ("DATE", "Ngày 5/3"), ("LOC", "Xiêng Khoảng"), ("PER", "Bun-mi Khăm"),
                    ("LOC", "Nậm Cắn"), ("PER", "Lê Văn Hòa"), ("POS", "Phó Chủ tịch UBND tỉnh"))
    assert [(e.type, names(e)) for e in evs] == [("welcome", ["Lê Văn Hòa", "Bun-mi Khăm"])]


def test_a_roll_of_names_after_the_event_joins_it():
    t = ("Sáng 3/6, Chủ tịch nước Võ Minh Hải tiếp các Đại sứ mới được bổ nhiệm.\n"
         "Ba Đại sứ được bổ nhiệm đợt này gồm các đồng chí: Lê Thu Hà, Đại sứ tại Ý; "
         "Trần Quốc Bảo, Đại sứ tại Peru.")
    evs = events_of(t, ("DATE", "3/6"), ("POS", "Chủ tịch nước"), ("PER", "Võ Minh Hải"),
                    ("PER", "Lê Thu Hà"), ("POS", "Đại sứ tại Ý"), ("PER", "Trần Quốc Bảo"),
                    ("POS", "Đại sứ tại Peru"))
    assert [(e.type, names(e)) for e in evs] == [
        ("reception", ["Võ Minh Hải", "Lê Thu Hà", "Trần Quốc Bảo"])]


def test_tagger_noise_names_take_no_part_in_an_event():
    # "Dato’" alone, a "Lễ Ký" fragment and an agency credit must not add or rename participants.
    t = ("Sáng 3/5, Bộ trưởng Hồ Văn Tâm tiếp Đại sứ Dato’ Lim Kok Wah TTXVN tại Lễ Ký kết "
         "của hai bên.")
    evs = events_of(t, ("DATE", "3/5"), ("POS", "Bộ trưởng"), ("PER", "Hồ Văn Tâm"),
                    ("POS", "Đại sứ"), ("PER", "Dato’"), ("PER", "Lim Kok Wah TTXVN"),
                    ("PER", "Lễ Ký"))
    assert len(evs) == 1
    assert names(evs[0]) == ["Hồ Văn Tâm", "Lim Kok Wah"]


def test_each_coordinated_doing_of_one_subject_is_an_event_of_its_own():
    t = ("Ngày 28/6, Chủ tịch nước Lê Văn Hòa đã gặp Chủ tịch Hạ viện Ma-ri An-đa, "
         "thăm Trụ sở Ban Thư ký ASEAN và tham dự tọa đàm doanh nghiệp.")
    evs = events_of(t, ("DATE", "Ngày 28/6"), ("POS", "Chủ tịch nước"), ("PER", "Lê Văn Hòa"),
                    ("POS", "Chủ tịch Hạ viện"), ("PER", "Ma-ri An-đa"),
                    ("ORG", "Ban Thư ký ASEAN"))
    assert [(e.trigger, e.date, names(e)) for e in evs] == [
        ("gặp", "Ngày 28/6", ["Lê Văn Hòa", "Ma-ri An-đa"]),
        ("thăm", "Ngày 28/6", ["Lê Văn Hòa"]),
        ("tham dự", "Ngày 28/6", ["Lê Văn Hòa"])]
    assert evs[1].location == "Ban Thư ký ASEAN"


def test_attending_a_conference_named_in_a_frame_clause_is_the_subjects_event():
    t = ("Trong khuôn khổ dự Hội nghị Bộ trưởng Ngoại giao ASEAN, ngày 2/8, Bộ trưởng "
         "Trần Minh Đức đã có cuộc gặp với Bộ trưởng Ngoại giao Ấn Độ Ra-giu Sinh.")
    evs = events_of(t, ("POS", "Bộ trưởng Ngoại giao"), ("ORG", "ASEAN"), ("DATE", "ngày 2/8"),
                    ("POS", "Bộ trưởng"), ("PER", "Trần Minh Đức"),
                    ("POS", "Bộ trưởng Ngoại giao Ấn Độ"), ("PER", "Ra-giu Sinh"))
    assert sorted((e.trigger, tuple(names(e))) for e in evs) == [
        ("dự", ("Trần Minh Đức",)), ("gặp", ("Trần Minh Đức", "Ra-giu Sinh"))]


def test_the_guests_attendance_named_after_a_reception_is_no_event_of_its_own():
    t = ("Sáng 4/6, Chủ tịch UBND tỉnh Hòa Phong Trần Văn Khải tiếp ông Gioóc Mi-lơ, Thị trưởng "
         "thành phố Bờ-rau, nhân dịp ông sang dự Lễ hội Hoa Sen.")
    evs = events_of(t, ("DATE", "4/6"), ("POS", "Chủ tịch UBND tỉnh"), ("LOC", "Hòa Phong"),
                    ("PER", "Trần Văn Khải"), ("PER", "Gioóc Mi-lơ"), ("POS", "Thị trưởng"),
                    ("LOC", "Bờ-rau"))
    assert [(e.trigger, names(e)) for e in evs] == [("tiếp", ["Trần Văn Khải", "Gioóc Mi-lơ"])]


def test_attending_after_nhan_dip_inside_a_clause_is_the_subjects_event():
    t = ("Chiều 12/9, Thủ tướng Lê Văn Hà gặp ông Giôn Xmít, Chủ tịch Thượng viện Ô-xtra nhân dịp "
         "Thủ tướng dự Hội nghị Cấp cao Đông Á.")
    evs = events_of(t, ("DATE", "12/9"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Hà"),
                    ("PER", "Giôn Xmít"), ("POS", "Chủ tịch Thượng viện Ô-xtra"), ("POS", "Thủ tướng"))
    assert sorted((e.trigger, e.date, tuple(names(e))) for e in evs) == [
        ("dự", "12/9", ("Lê Văn Hà",)), ("gặp", "12/9", ("Lê Văn Hà", "Giôn Xmít"))]


def test_a_follow_up_at_the_meeting_joins_the_meeting_not_the_attendance():
    t = ("Chiều 5/3, Bộ trưởng Trần Minh Đức có cuộc gặp với Bộ trưởng Ra-giu Sinh, nhân dịp tham dự "
         "Hội nghị Bộ trưởng Mê Công. Tại cuộc gặp, Thứ trưởng Lê Thị Hoa cho biết hai bên nhất trí.")
    evs = events_of(t, ("DATE", "5/3"), ("POS", "Bộ trưởng"), ("PER", "Trần Minh Đức"),
                    ("POS", "Bộ trưởng"), ("PER", "Ra-giu Sinh"), ("POS", "Thứ trưởng"),
                    ("PER", "Lê Thị Hoa"))
    assert sorted((e.trigger, tuple(names(e))) for e in evs) == [
        ("gặp", ("Trần Minh Đức", "Ra-giu Sinh", "Lê Thị Hoa")), ("tham dự", ("Trần Minh Đức",))]


def test_who_sends_a_letter_of_congratulations_takes_no_part_in_the_occasion():
    t = ("Chiều 3/5, Đại sứ Phan Văn Long tham dự lễ kỷ niệm 50 năm Hội hữu nghị Việt - Ba Lan. "
         "Chủ tịch nước Hoàng Văn Nam đã gửi thư chúc mừng Hội, nhấn mạnh tình hữu nghị hai nước. "
         "Ông Gia-cốp Nô-vác, Chủ tịch Hội, cảm ơn sự ủng hộ của Việt Nam.")
    evs = events_of(t, ("DATE", "3/5"), ("POS", "Đại sứ"), ("PER", "Phan Văn Long"),
                    ("ORG", "Hội hữu nghị Việt - Ba Lan"), ("POS", "Chủ tịch nước"),
                    ("PER", "Hoàng Văn Nam"), ("PER", "Gia-cốp Nô-vác"), ("POS", "Chủ tịch Hội"),
                    ("LOC", "Việt Nam"))
    assert [(e.trigger, names(e)) for e in evs] == [("tham dự", ["Phan Văn Long", "Gia-cốp Nô-vác"])]


def test_a_person_commemorated_takes_no_part_in_the_occasion():
    t = ("Sáng 19/5, Đại sứ Lê Văn Bình dự lễ kỷ niệm 120 năm ngày sinh nhà thơ Lâm Văn Quang "
         "và đặt hoa tại tượng đài Đại tướng Phùng Chí Kiên ở thành phố Xô-phi-a.")
    evs = events_of(t, ("DATE", "19/5"), ("POS", "Đại sứ"), ("PER", "Lê Văn Bình"),
                    ("PER", "Lâm Văn Quang"), ("POS", "Đại tướng"), ("PER", "Phùng Chí Kiên"),
                    ("LOC", "Xô-phi-a"))
    assert [(e.trigger, names(e)) for e in evs] == [("dự", ["Lê Văn Bình"])]


def test_a_speaker_named_after_a_clause_saying_on_whose_behalf_joins_the_event():
    t = ("Sáng 2/3, tại Hà Nội, Ban Đối ngoại Trung ương đã gặp mặt các Đại sứ mới được bổ nhiệm. "
         "Thay mặt 15 Đại sứ và 2 Tổng Lãnh sự sẽ đi nhận nhiệm vụ tại 30 quốc gia trên khắp các châu lục, "
         "Đại sứ Lê Văn Tâm khẳng định sẽ hoàn thành nhiệm vụ.")
    evs = events_of(t, ("DATE", "2/3"), ("LOC", "Hà Nội"), ("ORG", "Ban Đối ngoại Trung ương"),
                    ("POS", "Đại sứ"), ("PER", "Lê Văn Tâm"))
    assert [(e.trigger, names(e)) for e in evs] == [("gặp mặt", ["Lê Văn Tâm"])]


def test_who_wishes_speaks_at_the_event_but_who_is_greeted_from_afar_does_not():
    t = ("Sáng 2/3, Chủ tịch UBND tỉnh Hòa Phong Lê Văn Tâm gặp mặt các doanh nghiệp Ba Lan. "
         "Giám đốc Sở Ngoại vụ Trần Thị Mai chúc các doanh nghiệp thành công. "
         "Đoàn gửi lời thăm hỏi đến Chủ tịch nước Hoàng Văn Nam, chúc đồng chí mạnh khỏe.")
    evs = events_of(t, ("DATE", "2/3"), ("POS", "Chủ tịch UBND tỉnh"), ("LOC", "Hòa Phong"),
                    ("PER", "Lê Văn Tâm"), ("POS", "Giám đốc Sở Ngoại vụ"), ("PER", "Trần Thị Mai"),
                    ("POS", "Chủ tịch nước"), ("PER", "Hoàng Văn Nam"))
    assert [(e.trigger, names(e)) for e in evs] == [("gặp mặt", ["Lê Văn Tâm", "Trần Thị Mai"])]


def test_the_guests_attendance_told_with_the_guests_visit_after_a_reception_is_no_event():
    t = ("Sáng 8/5, Chủ tịch UBND tỉnh Hòa Phong Trần Văn Khải đã tiếp ông Gioóc Mi-lơ, Đại sứ "
         "Ai-len tại Việt Nam và đoàn công tác đến thăm, làm việc và tham dự Ngày Ai-len tại tỉnh.")
    evs = events_of(t, ("DATE", "8/5"), ("POS", "Chủ tịch UBND tỉnh"), ("LOC", "Hòa Phong"),
                    ("PER", "Trần Văn Khải"), ("PER", "Gioóc Mi-lơ"), ("POS", "Đại sứ Ai-len tại Việt Nam"))
    assert "tham dự" not in [e.trigger for e in evs]
    assert ("tiếp", ["Trần Văn Khải", "Gioóc Mi-lơ"]) in [(e.trigger, names(e)) for e in evs]


def test_consultations_held_are_an_event_but_consultation_as_a_practice_is_not():
    t = ("Sáng 4/3, tại Hà Nội, Việt Nam và Chi-lê đã tiến hành vòng tham vấn chính sách đối ngoại "
         "dưới sự chủ trì của Thứ trưởng Lê Văn Tâm và Thứ trưởng Hoan Pê-rết. "
         "Hai nước nhất trí duy trì các cơ chế đối thoại, tham vấn thường niên.")
    evs = events_of(t, ("DATE", "4/3"), ("LOC", "Hà Nội"), ("LOC", "Việt Nam"), ("LOC", "Chi-lê"),
                    ("POS", "Thứ trưởng"), ("PER", "Lê Văn Tâm"), ("POS", "Thứ trưởng"),
                    ("PER", "Hoan Pê-rết"))
    assert [(e.trigger, e.type, e.date, names(e)) for e in evs] == [
        ("tham vấn", "other", "4/3", ["Lê Văn Tâm", "Hoan Pê-rết"])]


def test_a_dialogue_held_is_an_event_but_dialogue_as_a_practice_is_not():
    t = ("Chiều 6/4, Chủ tịch UBND tỉnh Hòa Phong Lê Văn Tâm và Đại sứ Kim Min-su đồng chủ trì một "
         "phiên đối thoại với các doanh nghiệp Hàn Quốc. Hai bên nhất trí tăng cường cơ chế đối thoại.")
    evs = events_of(t, ("DATE", "6/4"), ("POS", "Chủ tịch UBND tỉnh"), ("LOC", "Hòa Phong"),
                    ("PER", "Lê Văn Tâm"), ("POS", "Đại sứ"), ("PER", "Kim Min-su"), ("LOC", "Hàn Quốc"))
    assert [(e.trigger, e.type, e.date, names(e)) for e in evs] == [
        ("đối thoại", "other", "6/4", ["Lê Văn Tâm", "Kim Min-su"])]


def test_the_visitor_of_a_trip_only_proposed_takes_no_part_in_the_meeting():
    t = ("Ngày 3/4, Đại sứ Lê Văn Tâm trình quốc thư lên Tổng thống Gioóc Mi-lơ, đề nghị hai bên "
         "chuẩn bị cho chuyến thăm Ai-len của Chủ tịch nước Hoàng Văn Nam.")
    evs = events_of(t, ("DATE", "Ngày 3/4"), ("POS", "Đại sứ"), ("PER", "Lê Văn Tâm"),
                    ("POS", "Tổng thống"), ("PER", "Gioóc Mi-lơ"), ("LOC", "Ai-len"),
                    ("POS", "Chủ tịch nước"), ("PER", "Hoàng Văn Nam"))
    assert [(e.trigger, names(e)) for e in evs] == [("trình quốc thư", ["Lê Văn Tâm", "Gioóc Mi-lơ"])]


def test_political_consultations_under_either_name_are_an_event():
    t = ("Sáng 9/10, Thứ trưởng Lê Văn Tâm và Thứ trưởng Ngoại giao Pê-ru Hoan Gác-xi-a đã đồng chủ trì "
         "Phiên tham khảo chính trị lần thứ ba giữa Bộ Ngoại giao hai nước.")
    evs = events_of(t, ("DATE", "9/10"), ("POS", "Thứ trưởng"), ("PER", "Lê Văn Tâm"),
                    ("POS", "Thứ trưởng Ngoại giao Pê-ru"), ("PER", "Hoan Gác-xi-a"))
    assert [(e.trigger, e.type, e.date, names(e)) for e in evs] == [
        ("tham khảo chính trị", "other", "9/10", ["Lê Văn Tâm", "Hoan Gác-xi-a"])]


def test_a_meeting_done_that_a_source_reports_is_an_event():
    t = ("Bộ Ngoại giao ngày 6/5 cho biết, tối 5/5, bên lề Hội nghị Bộ trưởng Mê Công, Bộ trưởng "
         "Trần Minh Đức đã có cuộc gặp với Ngoại trưởng Gioóc Mi-lơ.")
    evs = events_of(t, ("ORG", "Bộ Ngoại giao"), ("DATE", "ngày 6/5"), ("DATE", "5/5"),
                    ("POS", "Bộ trưởng"), ("PER", "Trần Minh Đức"), ("POS", "Ngoại trưởng"),
                    ("PER", "Gioóc Mi-lơ"))
    assert [(e.trigger, e.date, names(e)) for e in evs] == [("gặp", "5/5", ["Trần Minh Đức", "Gioóc Mi-lơ"])]


def test_a_speaker_after_a_lead_clause_with_commas_of_its_own_joins_the_event():
    t = ("Sáng 2/3, tại Hà Nội, Ban Đối ngoại Trung ương đã gặp mặt các Đại sứ mới được bổ nhiệm. "
         "Phát biểu chúc mừng các Đại sứ, tổng lãnh sự được bổ nhiệm làm người đứng đầu cơ quan đại "
         "diện của Việt Nam ở nước ngoài, Trưởng ban Đối ngoại Trung ương Lê Văn Tâm nhấn mạnh trọng trách.")
    evs = events_of(t, ("DATE", "2/3"), ("LOC", "Hà Nội"), ("ORG", "Ban Đối ngoại Trung ương"),
                    ("POS", "Trưởng ban Đối ngoại Trung ương"), ("PER", "Lê Văn Tâm"))
    assert [(e.trigger, names(e)) for e in evs] == [("gặp mặt", ["Lê Văn Tâm"])]


def test_talks_after_the_welcome_ceremony_are_a_new_event_of_both_sides():
    t = ("Sáng 9/4, Thủ tướng Hà Văn Nam chủ trì lễ đón Thủ tướng Pê-đrô San-chết. "
         "Sau lễ đón, hai bên tiến hành hội đàm.")
    evs = events_of(t, ("DATE", "9/4"), ("POS", "Thủ tướng"), ("PER", "Hà Văn Nam"),
                    ("POS", "Thủ tướng"), ("PER", "Pê-đrô San-chết"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("welcome", "9/4", ["Hà Văn Nam", "Pê-đrô San-chết"]),
        ("talks", "9/4", ["Hà Văn Nam", "Pê-đrô San-chết"])]


def test_a_reception_with_a_banquet_is_still_a_reception():
    t = "Tối 9/10, Chủ tịch Hà Thu Lan đã tiếp và chiêu đãi đoàn do bà Lý Mai dẫn đầu."
    evs = events_of(t, ("DATE", "9/10"), ("POS", "Chủ tịch"), ("PER", "Hà Thu Lan"),
                    ("PER", "Lý Mai"))
    assert [(e.trigger, e.type, names(e)) for e in evs] == [
        ("tiếp", "reception", ["Hà Thu Lan", "Lý Mai"])]


def test_a_signing_witnessed_after_talks_is_an_event_of_its_own():
    t = "Sáng 21/11, hai Chủ tịch Quốc hội Trần Văn An và Kim Min-su hội đàm và chứng kiến lễ ký kết Bản ghi nhớ."
    evs = events_of(t, ("DATE", "21/11"), ("POS", "Chủ tịch Quốc hội"), ("PER", "Trần Văn An"),
                    ("PER", "Kim Min-su"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("talks", "21/11", ["Trần Văn An", "Kim Min-su"]),
        ("signing", "21/11", ["Trần Văn An", "Kim Min-su"])]


def test_a_visit_named_as_a_noun_is_its_owners_not_the_speakers():
    t = ("Ngày 12/12, Bộ trưởng Lê Văn Hòa và Đại sứ Park Min-ho chia sẻ về chuyến thăm cấp Nhà nước "
         "tới Hàn Quốc của Chủ tịch nước Trần Văn Nam, theo lời mời của Tổng thống Kim Dae-sung.")
    evs = events_of(t, ("DATE", "Ngày 12/12"), ("POS", "Bộ trưởng"), ("PER", "Lê Văn Hòa"),
                    ("POS", "Đại sứ"), ("PER", "Park Min-ho"), ("LOC", "Hàn Quốc"),
                    ("POS", "Chủ tịch nước"), ("PER", "Trần Văn Nam"), ("POS", "Tổng thống"),
                    ("PER", "Kim Dae-sung"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Trần Văn Nam"])]
    t = ("Chiều 3/5, Thủ tướng Trần Văn Nam bắt đầu chuyến thăm chính thức Nhật Bản theo lời mời "
         "của Thủ tướng Sato Ken.")
    evs = events_of(t, ("DATE", "3/5"), ("POS", "Thủ tướng"), ("PER", "Trần Văn Nam"),
                    ("LOC", "Nhật Bản"), ("POS", "Thủ tướng"), ("PER", "Sato Ken"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Trần Văn Nam"])]


def test_presenting_credentials_is_a_meeting_of_ambassador_and_head_of_state():
    t = "Ngày 16/10, Đại sứ Pháp Jean Dupont đã trình quốc thư lên Chủ tịch nước Trần Văn Nam."
    evs = events_of(t, ("DATE", "Ngày 16/10"), ("POS", "Đại sứ"), ("LOC", "Pháp"),
                    ("PER", "Jean Dupont"), ("POS", "Chủ tịch nước"), ("PER", "Trần Văn Nam"))
    assert [(e.trigger, e.type, e.date, names(e)) for e in evs] == [
        ("trình quốc thư", "other", "Ngày 16/10", ["Jean Dupont", "Trần Văn Nam"])]


def test_a_title_written_alone_names_its_one_holder_as_a_participant():
    t = ("Ngày 3/5, Bí thư Tỉnh ủy Hoàng Minh Tâm tiếp Đại sứ Ca-na-đa Pi-tơ Mác. "
         "Ngày 4/5, Bí thư Tỉnh ủy đã hội đàm với Tỉnh trưởng Xa-van-na-khẹt. "
         "Ngày 5/5, các đồng chí Bí thư Tỉnh ủy các tỉnh biên giới dự hội nghị tại Lào Cai.")
    evs = events_of(t, ("DATE", "Ngày 3/5"), ("POS", "Bí thư Tỉnh ủy"), ("PER", "Hoàng Minh Tâm"),
                    ("POS", "Đại sứ Ca-na-đa"), ("PER", "Pi-tơ Mác"), ("DATE", "Ngày 4/5"),
                    ("POS", "Bí thư Tỉnh ủy"), ("POS", "Tỉnh trưởng Xa-van-na-khẹt"),
                    ("DATE", "Ngày 5/5"), ("POS", "Bí thư Tỉnh ủy"), ("LOC", "Lào Cai"))
    talks = [e for e in evs if e.type == "talks"]
    assert len(talks) == 1 and names(talks[0]) == ["Hoàng Minh Tâm"]
    # said of the secretaries of several provinces, the title names no one
    assert all("Hoàng Minh Tâm" not in names(e) for e in evs if e.date == "Ngày 5/5")


def test_the_two_leaders_at_the_start_of_a_sentence_are_the_last_events_people():
    t = ("Sáng 8/9, Chủ tịch nước Lê Văn Hòa đón Tổng thống Giôn Ba-ri tại Phủ Chủ tịch. "
         "Hai nhà lãnh đạo sau đó hội đàm.")
    evs = events_of(t, ("DATE", "8/9"), ("POS", "Chủ tịch nước"), ("PER", "Lê Văn Hòa"),
                    ("POS", "Tổng thống"), ("PER", "Giôn Ba-ri"), ("LOC", "Phủ Chủ tịch"))
    talks = [e for e in evs if e.type == "talks"]
    assert len(talks) == 1 and names(talks[0]) == ["Lê Văn Hòa", "Giôn Ba-ri"]


def test_a_delegation_led_in_the_passive_takes_its_leader():
    t = ("Ngày 12/6, đoàn công tác của tỉnh Bình Sơn đã thăm tỉnh Chăm-pa-xắc. "
         "Đoàn được ông Vũ Đình Khoa, Phó Chủ tịch UBND tỉnh, dẫn đầu.")
    evs = events_of(t, ("DATE", "Ngày 12/6"), ("LOC", "Bình Sơn"), ("LOC", "Chăm-pa-xắc"),
                    ("PER", "Vũ Đình Khoa"), ("POS", "Phó Chủ tịch UBND tỉnh"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Vũ Đình Khoa"])]


def test_an_anniversary_range_does_not_date_the_meeting():
    t = ("Nhân kỷ niệm 50 năm quan hệ ngoại giao (9/1973 - 9/2023), Chủ tịch tỉnh Lê Văn Hòa "
         "tiếp ông Kim Jae Won.")
    evs = events_of(t, ("DATE", "9/1973 - 9/2023"), ("POS", "Chủ tịch tỉnh"),
                    ("PER", "Lê Văn Hòa"), ("PER", "Kim Jae Won"))
    assert [(e.trigger, e.date) for e in evs] == [("tiếp", None)]


def test_the_host_who_invited_takes_part_in_the_visit_only():
    t = ("Từ ngày 22-25/11, nhận lời mời của Thủ tướng Nhật Bản Sato Ken, Thủ tướng Trần Văn Nam "
         "thăm chính thức Nhật Bản. Theo lời mời của Chủ tịch nước Hà Văn Sáu, Tổng thống "
         "An-đrê Pôn đã hội đàm với Phó Chủ tịch nước Kiều Thị Nga ngày 26/11.")
    evs = events_of(t, ("DATE", "ngày 22-25/11"), ("POS", "Thủ tướng"), ("LOC", "Nhật Bản"),
                    ("PER", "Sato Ken"), ("POS", "Thủ tướng"), ("PER", "Trần Văn Nam"),
                    ("LOC", "Nhật Bản"), ("POS", "Chủ tịch nước"), ("PER", "Hà Văn Sáu"),
                    ("POS", "Tổng thống"), ("PER", "An-đrê Pôn"), ("POS", "Phó Chủ tịch nước"),
                    ("PER", "Kiều Thị Nga"), ("DATE", "ngày 26/11"))
    assert [(e.type, names(e)) for e in evs] == [
        ("visit", ["Trần Văn Nam", "Sato Ken"]), ("talks", ["An-đrê Pôn", "Kiều Thị Nga"])]


def test_someone_greeted_from_afar_is_not_a_participant():
    t = ("Ngày 10/2, Thủ tướng Lào Sổm Xay tiếp Bộ trưởng Lê Văn Ba; ông chuyển lời thăm hỏi "
         "tới Tổng Bí thư Trần Văn Nam.")
    evs = events_of(t, ("DATE", "Ngày 10/2"), ("POS", "Thủ tướng"), ("LOC", "Lào"), ("PER", "Sổm Xay"),
                    ("POS", "Bộ trưởng"), ("PER", "Lê Văn Ba"), ("POS", "Tổng Bí thư"),
                    ("PER", "Trần Văn Nam"))
    assert [(e.type, names(e)) for e in evs] == [("reception", ["Sổm Xay", "Lê Văn Ba"])]


def test_a_frame_clause_after_an_outlet_tag_frames_the_sentence_event():
    # The frame's trip is not the sentence's main event (the stop at Luông Pha Bang is), but
    # it is an occasion of its own beside the stop (test_a_stop_within_a_trip_is_…).
    t = ("(Tin Mới) - Tiếp tục các hoạt động trong khuôn khổ chuyến thăm chính thức Lào, "
         "sáng 5/3, Chủ tịch Lê Quang Vinh đã tới thăm tỉnh Luông Pha Bang và tiếp ông "
         "Bun Mi, Tỉnh trưởng tỉnh Luông Pha Bang.")
    evs = events_of(t, ("ORG", "Tin Mới"), ("LOC", "Lào"), ("DATE", "5/3"), ("POS", "Chủ tịch"),
                    ("PER", "Lê Quang Vinh"), ("LOC", "Luông Pha Bang"), ("PER", "Bun Mi"),
                    ("POS", "Tỉnh trưởng tỉnh Luông Pha Bang"))
    assert [(e.type, e.trigger_start, e.location, names(e)) for e in evs if e.type == "visit"] == [
        ("visit", t.index("thăm chính thức"), "Lào", ["Lê Quang Vinh"]),
        ("visit", t.index("thăm tỉnh"), "Luông Pha Bang", ["Lê Quang Vinh"])]
    assert [(e.type, e.trigger_start, names(e)) for e in evs if e.type != "visit"] == [
        ("reception", t.index("tiếp ông"), ["Lê Quang Vinh", "Bun Mi"])]
    # An outlet's tag may also come without brackets ("TPO - ").
    t = ("TPO - Trong khuôn khổ chuyến thăm cấp Nhà nước tới Nhật Bản, trưa 8/6, Chủ tịch "
         "Lê Quang Vinh hội kiến Thống đốc Osaka Sato Ken.")
    evs = events_of(t, ("ORG", "TPO"), ("LOC", "Nhật Bản"), ("DATE", "8/6"), ("POS", "Chủ tịch"),
                    ("PER", "Lê Quang Vinh"), ("POS", "Thống đốc Osaka"), ("PER", "Sato Ken"))
    assert [(e.type, e.trigger_start, names(e)) for e in evs] == [
        ("visit", t.index("thăm cấp"), ["Lê Quang Vinh"]),
        ("talks", t.index("hội kiến"), ["Lê Quang Vinh", "Sato Ken"])]


def test_a_range_written_with_words_dates_the_visit_by_its_first_day():
    t = ("Từ ngày 3/5/2019 đến ngày 9/5/2019, Bộ trưởng Lê Quang Vinh thăm và làm việc tại "
         "Hà Lan.")
    evs = events_of(t, ("DATE", "ngày 3/5/2019"), ("DATE", "ngày 9/5/2019"), ("POS", "Bộ trưởng"),
                    ("PER", "Lê Quang Vinh"), ("LOC", "Hà Lan"))
    assert [(e.type, e.date, e.date_iso) for e in evs] == [("visit", "ngày 3/5/2019", "2019-05-03")]


def test_a_visit_takes_the_range_written_after_it_and_a_meeting_that_day_keeps_the_day():
    t = (" date 2024-05-20 Chiều 12/5, Tổng thống Ma-ri Kôn tới Hà Nội, bắt đầu thăm chính thức "
         "Việt Nam từ ngày 12 - 14/5 theo lời mời của Chính phủ. Cùng ngày, Bộ trưởng Lê Quang "
         "Vinh hội đàm với Tổng thống Ma-ri Kôn.")
    evs = events_of(t, ("DATE", "2024-05-20"), ("DATE", "12/5"), ("POS", "Tổng thống"),
                    ("PER", "Ma-ri Kôn"), ("LOC", "Hà Nội"), ("LOC", "Việt Nam"),
                    ("DATE", "ngày 12 - 14/5"), ("POS", "Bộ trưởng"), ("PER", "Lê Quang Vinh"),
                    ("POS", "Tổng thống"), ("PER", "Ma-ri Kôn"))
    assert [(e.type, e.date) for e in evs] == [("visit", "ngày 12 - 14/5"), ("talks", "12/5")]


def test_the_first_event_without_a_date_takes_the_date_of_the_lead_that_sets_its_scene():
    t = ("Ngày 15-6, tỉnh Hà Nam tổ chức chương trình kỷ niệm 50 năm quan hệ hai nước.\n"
         "Đây là dịp ôn lại truyền thống hữu nghị.\n"
         "Chương trình có sự tham dự của Chủ tịch UBND tỉnh Lê Quang Vinh và Tổng lãnh sự "
         "Ma-ri Kôn.")
    evs = events_of(t, ("DATE", "Ngày 15-6"), ("LOC", "Hà Nam"), ("POS", "Chủ tịch UBND tỉnh"),
                    ("PER", "Lê Quang Vinh"), ("POS", "Tổng lãnh sự"), ("PER", "Ma-ri Kôn"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("other", "Ngày 15-6", ["Lê Quang Vinh", "Ma-ri Kôn"])]


def test_a_headline_visit_takes_the_range_the_lead_writes_after_its_visit_trigger():
    t = ("Tổng thống Ma-ri Kôn bắt đầu thăm chính thức Việt Nam\n"
         "Chiều 12/5, Tổng thống Ma-ri Kôn tới Hà Nội, bắt đầu thăm chính thức Việt Nam từ "
         "ngày 12 - 14/5 theo lời mời của Chính phủ.")
    evs = events_of(t, ("POS", "Tổng thống"), ("PER", "Ma-ri Kôn"), ("LOC", "Việt Nam"),
                    ("DATE", "12/5"), ("POS", "Tổng thống"), ("PER", "Ma-ri Kôn"),
                    ("LOC", "Hà Nội"), ("LOC", "Việt Nam"), ("DATE", "ngày 12 - 14/5"))
    assert [(e.type, e.date) for e in evs] == [("visit", "ngày 12 - 14/5")]


def test_a_stop_within_a_trip_is_a_visit_of_its_own():
    t = ("Trong khuôn khổ chuyến thăm chính thức Vương quốc Lumeria, sáng 12/5, Chủ tịch nước "
         "Trần Minh Khoa đã tới thăm thành phố Dorvan và tiếp ông Erik Vallen, Thị trưởng thành "
         "phố Dorvan.")
    evs = events_of(t, ("LOC", "Vương quốc Lumeria"), ("DATE", "12/5"), ("POS", "Chủ tịch nước"),
                    ("PER", "Trần Minh Khoa"), ("LOC", "Dorvan"), ("PER", "Erik Vallen"),
                    ("POS", "Thị trưởng thành phố Dorvan"))
    visits = [e for e in evs if e.type == "visit"]
    assert len(visits) == 2
    assert [names(e) for e in visits] == [["Trần Minh Khoa"], ["Trần Minh Khoa"]]
    assert [e.location for e in visits] == ["Vương quốc Lumeria", "Dorvan"]
    assert [e.type for e in evs].count("reception") == 1


def test_a_trip_gone_on_with_frames_the_sentence_and_its_stops_are_visits_of_their_own():
    t = ("Ngày 5/9, tiếp tục chuyến thăm chính thức Cộng hòa Valdoria, Chủ tịch nước Phan Quốc "
         "Huy đã gặp Chủ tịch Thượng viện Anton Berg và thăm Đại sứ quán Việt Nam tại Valdoria.")
    evs = events_of(t, ("DATE", "Ngày 5/9"), ("LOC", "Cộng hòa Valdoria"), ("POS", "Chủ tịch nước"),
                    ("PER", "Phan Quốc Huy"), ("POS", "Chủ tịch Thượng viện"), ("PER", "Anton Berg"),
                    ("ORG", "Đại sứ quán Việt Nam tại Valdoria"))
    assert [(e.type, e.trigger_start) for e in evs] == [("visit", 26), ("other", 92), ("visit", 131)]
    assert [names(e) for e in evs if e.type == "visit"] == [["Phan Quốc Huy"], ["Phan Quốc Huy"]]
    assert evs[2].location == "Đại sứ quán Việt Nam tại Valdoria"


def test_a_stop_told_as_going_to_another_place_is_a_visit_of_its_own():
    t = ("Ngày 3/10, Đoàn đại biểu tỉnh Norvik do ông Karl Lind, Phó Tỉnh trưởng, làm Trưởng đoàn "
         "đã sang thăm và làm việc tại tỉnh Tây Lâm. Đoàn đại biểu tỉnh Norvik đã đến thăm xã Hòa An "
         "và tìm hiểu mô hình nông thôn mới. Buổi chiều, Đoàn có cuộc hội đàm với Đoàn đại biểu tỉnh "
         "Tây Lâm do ông Trần Văn Phú, Chủ tịch UBND tỉnh, làm trưởng đoàn.")
    evs = events_of(t, ("DATE", "Ngày 3/10"), ("LOC", "Norvik"), ("PER", "Karl Lind"),
                    ("POS", "Phó Tỉnh trưởng"), ("LOC", "Tây Lâm"), ("LOC", "Norvik"), ("LOC", "Hòa An"),
                    ("LOC", "Tây Lâm"), ("PER", "Trần Văn Phú"), ("POS", "Chủ tịch UBND tỉnh"))
    visits = [e for e in evs if e.type == "visit"]
    assert [(e.location, names(e)) for e in visits] == [("Tây Lâm", ["Karl Lind"]), ("Hòa An", ["Karl Lind"])]
    assert [e.type for e in evs].count("talks") == 1


def test_another_delegations_visit_is_a_new_event():
    t = ("Đoàn công tác thứ nhất do Chủ tịch tỉnh Hà Văn Lộc làm trưởng đoàn đã đến thăm, chúc "
         "Tết nhân dân tỉnh Bravo. Đoàn công tác thứ hai do Phó Chủ tịch tỉnh Lý Thị Sen làm "
         "trưởng đoàn đã đến thăm, chúc Tết nhân dân tỉnh Cerin.")
    evs = events_of(t, ("POS", "Chủ tịch tỉnh"), ("PER", "Hà Văn Lộc"), ("LOC", "Bravo"),
                    ("POS", "Phó Chủ tịch tỉnh"), ("PER", "Lý Thị Sen"), ("LOC", "Cerin"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Hà Văn Lộc"]), ("visit", ["Lý Thị Sen"])]


def test_a_guest_received_on_another_visit_is_not_merged_into_the_first_visit():
    t = ("Tổng thống Ardan Kelm sẽ thăm Việt Nam từ ngày 1 đến 5/11. Ngày 26/10, Tổng thống "
         "Ardan Kelm đã tiếp Đại tướng Lê Văn Đạt nhân dịp sang thăm chính thức Ardania.")
    evs = events_of(t, ("POS", "Tổng thống"), ("PER", "Ardan Kelm"), ("LOC", "Việt Nam"),
                    ("DATE", "ngày 1 đến 5/11"), ("DATE", "Ngày 26/10"), ("POS", "Tổng thống"),
                    ("PER", "Ardan Kelm"), ("POS", "Đại tướng"), ("PER", "Lê Văn Đạt"),
                    ("LOC", "Ardania"))
    visits = [names(e) for e in evs if e.type == "visit"]
    assert ["Lê Văn Đạt"] in visits and all("Lê Văn Đạt" not in v for v in visits if v != ["Lê Văn Đạt"])


def test_hopes_proposals_and_invitations_to_visit_are_no_events_even_with_a_date():
    t = ("Ngày 4/3, Bộ trưởng Lê Hoàng Nam tiếp Đô đốc Karl Brenn. Đô đốc Karl Brenn hy vọng "
         "tháng 9 sẽ có chuyến tàu thăm Việt Nam. Bộ trưởng Lê Hoàng Nam chuyển lời mời của Chủ "
         "tịch nước mời Tổng thống Otto Varga sang thăm Việt Nam trong năm 2026.")
    evs = events_of(t, ("DATE", "Ngày 4/3"), ("POS", "Bộ trưởng"), ("PER", "Lê Hoàng Nam"),
                    ("POS", "Đô đốc"), ("PER", "Karl Brenn"), ("POS", "Đô đốc"), ("PER", "Karl Brenn"),
                    ("DATE", "tháng 9"), ("LOC", "Việt Nam"), ("POS", "Bộ trưởng"),
                    ("PER", "Lê Hoàng Nam"), ("POS", "Chủ tịch nước"), ("POS", "Tổng thống"),
                    ("PER", "Otto Varga"), ("LOC", "Việt Nam"), ("DATE", "năm 2026"))
    assert [(e.type, names(e)) for e in evs] == [("reception", ["Lê Hoàng Nam", "Karl Brenn"])]


def test_a_signing_after_a_follow_up_cue_is_the_first_signing():
    t = ("Ngày 22/8, Phó Chủ tịch UBND tỉnh Hà Minh Tú tiếp và làm việc với đoàn công tác tỉnh "
         "Xaveno. Tại đây, hai bên tiến hành ký kết biên bản ghi nhớ hợp tác giai đoạn 2025-2030.")
    evs = events_of(t, ("DATE", "Ngày 22/8"), ("POS", "Phó Chủ tịch UBND tỉnh"), ("PER", "Hà Minh Tú"),
                    ("LOC", "Xaveno"), ("DATE", "2025-2030"))
    assert [(e.type, e.trigger, e.date) for e in evs] == [
        ("reception", "tiếp và làm việc", "Ngày 22/8"), ("signing", "ký kết", "Ngày 22/8")]
    assert evs[1].organisations == evs[0].organisations


def test_the_attendance_of_people_joins_the_last_event():
    t = ("Ngày 16/8, Phó Chủ tịch tỉnh Trần Văn Bảo và Phó Tỉnh trưởng Kham Sy ký biên bản hợp tác. "
         "Buổi lễ còn có sự tham dự của ông Lò Văn Đạt, Phó Bí thư Tỉnh ủy.")
    evs = events_of(t, ("DATE", "Ngày 16/8"), ("POS", "Phó Chủ tịch tỉnh"), ("PER", "Trần Văn Bảo"),
                    ("POS", "Phó Tỉnh trưởng"), ("PER", "Kham Sy"), ("PER", "Lò Văn Đạt"),
                    ("POS", "Phó Bí thư Tỉnh ủy"))
    assert [(e.type, names(e)) for e in evs] == [("signing", ["Trần Văn Bảo", "Kham Sy", "Lò Văn Đạt"])]


def test_praise_of_a_visit_with_an_adverb_is_no_statement_of_it():
    t = ("Ngày 5/6, Tổng thống Arno Vell bắt đầu thăm chính thức Việt Nam. Đại sứ Lina Koss đánh giá "
         "rất cao ý nghĩa của chuyến thăm.")
    evs = events_of(t, ("DATE", "Ngày 5/6"), ("POS", "Tổng thống"), ("PER", "Arno Vell"),
                    ("LOC", "Việt Nam"), ("POS", "Đại sứ"), ("PER", "Lina Koss"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Arno Vell"])]


def test_two_bodies_that_sign_are_the_parties_of_a_signing_with_its_own_year():
    t = ("Ngày 3/5, Chủ tịch UBND tỉnh Trần Minh Khoa tiếp đoàn tỉnh Noong-khai (Thái Lan). "
         "Tại buổi tiếp, ông Trần Minh Khoa cho biết: năm 2019, tỉnh Hòa Phong và tỉnh "
         "Noong-khai (Thái Lan) đã ký biên bản hợp tác.")
    evs = events_of(t, ("DATE", "Ngày 3/5"), ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Trần Minh Khoa"),
                    ("LOC", "Noong-khai"), ("LOC", "Thái Lan"), ("PER", "Trần Minh Khoa"),
                    ("DATE", "năm 2019"), ("LOC", "Hòa Phong"), ("LOC", "Noong-khai"), ("LOC", "Thái Lan"))
    assert [(e.trigger, e.type, e.date) for e in evs] == [
        ("tiếp", "reception", "Ngày 3/5"), ("ký", "signing", "năm 2019")]
    assert names(evs[1]) == [] and evs[1].organisations == ["Hòa Phong", "Noong-khai"]


def test_a_signing_by_two_bodies_restated_on_its_day_is_one_event():
    t = ("Sở Ngoại vụ tỉnh Hòa Phong và Văn phòng Đối ngoại tỉnh Noong-khai ký kết thỏa thuận hợp tác. "
         "Ngày 3/5, Sở Ngoại vụ tỉnh Hòa Phong và Văn phòng Đối ngoại tỉnh Noong-khai đã ký kết "
         "thỏa thuận hợp tác giai đoạn 2024 - 2026.")
    evs = events_of(t, ("ORG", "Sở Ngoại vụ tỉnh Hòa Phong"), ("ORG", "Văn phòng Đối ngoại tỉnh Noong-khai"),
                    ("DATE", "Ngày 3/5"), ("ORG", "Sở Ngoại vụ tỉnh Hòa Phong"),
                    ("ORG", "Văn phòng Đối ngoại tỉnh Noong-khai"), ("DATE", "2024 - 2026"))
    assert [(e.trigger, e.date) for e in evs] == [("ký kết", "Ngày 3/5")]
    assert evs[0].organisations == ["Sở Ngoại vụ tỉnh Hòa Phong", "Văn phòng Đối ngoại tỉnh Noong-khai"]


def test_an_event_with_neither_people_nor_organisations_is_dropped():
    t = ("Sáng 5/7, đoàn khách du lịch nhập cảnh qua cửa khẩu. "
         "Đón và tiếp xã giao đoàn, phía tỉnh Hòa Phong có ông Lê Văn Tâm, Giám đốc Sở Du lịch.")
    evs = events_of(t, ("DATE", "5/7"), ("LOC", "Hòa Phong"), ("PER", "Lê Văn Tâm"),
                    ("POS", "Giám đốc Sở Du lịch"))
    assert all(e.participants or e.organisations for e in evs)


def test_both_sides_that_sign_at_a_meeting_sign_for_its_bodies():
    t = ("Ngày 8/4, lãnh đạo tỉnh Hòa Phong đã có buổi tiếp và làm việc với đoàn đại biểu tỉnh Noong-khai. "
         "Tại đây, hai bên tiến hành ký kết biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028. "
         "Các thỏa thuận mà lãnh đạo hai tỉnh đã ký kết được triển khai tích cực.")
    evs = events_of(t, ("DATE", "Ngày 8/4"), ("LOC", "Hòa Phong"), ("LOC", "Noong-khai"),
                    ("DATE", "2024 - 2028"))
    assert [(e.trigger, e.type, e.date) for e in evs] == [
        ("tiếp và làm việc", "reception", "Ngày 8/4"), ("ký kết", "signing", "Ngày 8/4")]
    assert evs[1].organisations == ["Hòa Phong", "Noong-khai"]


def test_a_planned_visit_named_as_a_noun_with_nobody_named_is_no_event_of_its_own():
    t = ("Sáng 12/3, Chủ tịch UBND tỉnh Hòa Phong Lê Văn Tâm tiếp Đại sứ Noong-khai Sổm Phết. "
         "Theo thông báo của Sở Ngoại vụ, chuyến thăm Noong-khai sẽ diễn ra từ ngày 20 - 23/4.")
    evs = events_of(t, ("DATE", "12/3"), ("POS", "Chủ tịch UBND tỉnh Hòa Phong"), ("PER", "Lê Văn Tâm"),
                    ("POS", "Đại sứ Noong-khai"), ("PER", "Sổm Phết"), ("ORG", "Sở Ngoại vụ"),
                    ("LOC", "Noong-khai"), ("DATE", "ngày 20 - 23/4"))
    assert [(e.trigger, e.type) for e in evs] == [("tiếp", "reception")]


def test_escorts_listed_after_the_welcome_also_go_on_the_visit():
    t = ("Chiều 3/5, Tổng thống Mác-cô Ri-ve đến Hà Nội, bắt đầu thăm chính thức Việt Nam. "
         "Ra sân bay đón đoàn có Thứ trưởng Ngoại giao Lý Văn Tâm. "
         "Tháp tùng Tổng thống Mác-cô Ri-ve có Bộ trưởng Ngoại giao Păn-lô Xi-ta.")
    evs = events_of(t, ("DATE", "3/5"), ("POS", "Tổng thống"), ("PER", "Mác-cô Ri-ve"),
                    ("LOC", "Hà Nội"), ("LOC", "Việt Nam"), ("POS", "Thứ trưởng Ngoại giao"),
                    ("PER", "Lý Văn Tâm"), ("POS", "Tổng thống"), ("PER", "Mác-cô Ri-ve"),
                    ("POS", "Bộ trưởng Ngoại giao"), ("PER", "Păn-lô Xi-ta"))
    assert [(e.type, names(e)) for e in evs] == [
        ("visit", ["Mác-cô Ri-ve", "Păn-lô Xi-ta"]),
        ("welcome", ["Lý Văn Tâm", "Mác-cô Ri-ve", "Păn-lô Xi-ta"])]


def test_who_sends_greetings_through_a_guest_is_not_there():
    t = ("Sáng 8/9, Thủ tướng Bun-mi Sổm tiếp Đại sứ Trần Văn Khải. "
         "Tại buổi tiếp, Đại sứ Trần Văn Khải chuyển lời chào của Chủ tịch nước Hoàng Minh Đức tới Thủ tướng.")
    evs = events_of(t, ("DATE", "8/9"), ("POS", "Thủ tướng"), ("PER", "Bun-mi Sổm"),
                    ("POS", "Đại sứ"), ("PER", "Trần Văn Khải"), ("POS", "Đại sứ"),
                    ("PER", "Trần Văn Khải"), ("POS", "Chủ tịch nước"), ("PER", "Hoàng Minh Đức"))
    assert [(e.type, names(e)) for e in evs] == [("reception", ["Bun-mi Sổm", "Trần Văn Khải"])]


def test_who_speaks_to_the_press_about_a_visit_is_not_its_participant():
    t = ("Ngày 4/7, Tổng thống Ha-ri Mên đến Hà Nội, bắt đầu thăm chính thức Việt Nam. "
         "Trả lời báo chí, Đại sứ Lâm Quốc Trí đánh giá cao ý nghĩa chuyến thăm.")
    evs = events_of(t, ("DATE", "4/7"), ("POS", "Tổng thống"), ("PER", "Ha-ri Mên"),
                    ("LOC", "Hà Nội"), ("LOC", "Việt Nam"), ("POS", "Đại sứ"), ("PER", "Lâm Quốc Trí"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Ha-ri Mên"])]


def test_counterparts_of_meetings_still_to_come_do_not_join_the_visit():
    t = ("Ngày 5/3, Thủ tướng Đào Minh Khang đến Lima, bắt đầu thăm chính thức Peru. "
         "Trong chuyến thăm, Thủ tướng Đào Minh Khang sẽ có các cuộc hội đàm với Tổng thống "
         "Hoa-kin Ri-ô và Chủ tịch Quốc hội Ma-ri-a Xô-tô.")
    evs = events_of(t, ("DATE", "5/3"), ("POS", "Thủ tướng"), ("PER", "Đào Minh Khang"),
                    ("LOC", "Lima"), ("LOC", "Peru"), ("POS", "Thủ tướng"), ("PER", "Đào Minh Khang"),
                    ("POS", "Tổng thống"), ("PER", "Hoa-kin Ri-ô"), ("POS", "Chủ tịch Quốc hội"),
                    ("PER", "Ma-ri-a Xô-tô"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Đào Minh Khang"])]


def test_the_delegation_as_subject_brings_its_members_to_the_meeting():
    t = ("Từ ngày 5/5, Phó Chủ tịch tỉnh Lò Thị Mai thăm và làm việc tại tỉnh Ô-ren-bua. "
         "Tham gia đoàn có ông Vi Văn Toàn, Giám đốc Sở Ngoại vụ. "
         "Ngày 6/5, đoàn đã chào xã giao Thống đốc Dmi-tri Pê-trốp.")
    evs = events_of(t, ("DATE", "ngày 5/5"), ("POS", "Phó Chủ tịch tỉnh"), ("PER", "Lò Thị Mai"),
                    ("LOC", "Ô-ren-bua"), ("PER", "Vi Văn Toàn"), ("POS", "Giám đốc Sở Ngoại vụ"),
                    ("DATE", "6/5"), ("POS", "Thống đốc"), ("PER", "Dmi-tri Pê-trốp"))
    assert [(e.type, sorted(names(e))) for e in evs] == [
        ("visit", ["Lò Thị Mai", "Vi Văn Toàn"]),
        ("reception", ["Dmi-tri Pê-trốp", "Lò Thị Mai", "Vi Văn Toàn"])]


def test_escorts_listed_for_one_side_go_on_the_visit():
    t = ("Sáng 9/4, Tổng thống Kim Sơn Hỷ đến Hà Nội, bắt đầu thăm cấp Nhà nước Việt Nam. "
         "Đón Tổng thống tại sân bay có Thứ trưởng Ngoại giao Lý Văn Tâm. "
         "Về phía Hàn Quốc, tháp tùng Tổng thống Kim Sơn Hỷ có Bộ trưởng Ngoại giao Pắc Min-su.")
    evs = events_of(t, ("DATE", "9/4"), ("POS", "Tổng thống"), ("PER", "Kim Sơn Hỷ"),
                    ("LOC", "Hà Nội"), ("LOC", "Việt Nam"), ("POS", "Tổng thống"),
                    ("POS", "Thứ trưởng Ngoại giao"), ("PER", "Lý Văn Tâm"), ("LOC", "Hàn Quốc"),
                    ("POS", "Tổng thống"), ("PER", "Kim Sơn Hỷ"),
                    ("POS", "Bộ trưởng Ngoại giao"), ("PER", "Pắc Min-su"))
    assert evs[0].type == "visit" and names(evs[0]) == ["Kim Sơn Hỷ", "Pắc Min-su"]


def test_the_owner_of_the_trip_that_frames_a_meeting_is_not_its_party():
    t = ("Chiều 12/8, trong khuôn khổ chuyến thăm Nhật Bản của Chủ tịch nước Trịnh Văn Hòa, "
         "Bộ trưởng Công Thương Lê Thị Nga đã có buổi làm việc với Bộ trưởng Kinh tế Sa-tô Kên.")
    evs = events_of(t, ("DATE", "12/8"), ("LOC", "Nhật Bản"), ("POS", "Chủ tịch nước"),
                    ("PER", "Trịnh Văn Hòa"), ("POS", "Bộ trưởng Công Thương"), ("PER", "Lê Thị Nga"),
                    ("POS", "Bộ trưởng Kinh tế"), ("PER", "Sa-tô Kên"))
    work = [e for e in evs if e.type == "working_session"]
    assert [names(e) for e in work] == [["Lê Thị Nga", "Sa-tô Kên"]]


def test_people_going_along_before_any_event_join_the_first_one():
    t = ("Cùng đi với đoàn có ông Hà Văn Khoa, Phó Chủ tịch UBND tỉnh. "
         "Tiếp và làm việc với đoàn có Tỉnh trưởng Bun-xôm Phăn.")
    evs = events_of(t, ("PER", "Hà Văn Khoa"), ("POS", "Phó Chủ tịch UBND tỉnh"),
                    ("POS", "Tỉnh trưởng"), ("PER", "Bun-xôm Phăn"))
    assert [sorted(names(e)) for e in evs] == [["Bun-xôm Phăn", "Hà Văn Khoa"]]


def test_a_guest_who_opens_a_sentence_and_commits_took_part():
    t = ("Sáng 3/6, Chủ tịch nước Mai Văn Hòa tiếp Đại sứ Chi-lê Pê-đrô Ma-ta. "
         "Đại sứ Chi-lê Hoan Ri-ốt cũng cam kết thúc đẩy hợp tác.")
    evs = events_of(t, ("DATE", "3/6"), ("POS", "Chủ tịch nước"), ("PER", "Mai Văn Hòa"),
                    ("POS", "Đại sứ Chi-lê"), ("PER", "Pê-đrô Ma-ta"), ("POS", "Đại sứ Chi-lê"),
                    ("PER", "Hoan Ri-ốt"))
    assert [names(e) for e in evs] == [["Mai Văn Hòa", "Pê-đrô Ma-ta", "Hoan Ri-ốt"]]


def test_everyone_in_a_list_greeted_from_afar_is_not_there():
    t = ("Sáng 2/4, Thủ tướng Xổm-xạ Vông tiếp Bộ trưởng Đinh Quang Huy. "
         "Tại buổi tiếp, Thủ tướng Xổm-xạ Vông chuyển lời thăm hỏi tới Tổng Bí thư Lê Văn An; "
         "Chủ tịch nước Phạm Thu Hà.")
    evs = events_of(t, ("DATE", "2/4"), ("POS", "Thủ tướng"), ("PER", "Xổm-xạ Vông"),
                    ("POS", "Bộ trưởng"), ("PER", "Đinh Quang Huy"), ("POS", "Thủ tướng"),
                    ("PER", "Xổm-xạ Vông"), ("POS", "Tổng Bí thư"), ("PER", "Lê Văn An"),
                    ("POS", "Chủ tịch nước"), ("PER", "Phạm Thu Hà"))
    assert [names(e) for e in evs] == [["Xổm-xạ Vông", "Đinh Quang Huy"]]


def test_whose_spouse_a_guest_is_does_not_make_them_a_participant():
    t = ("Sáng 8/3, bà Lê Thu Trang, Phu nhân Chủ tịch nước Hoàng Văn Đạt, đã gặp mặt "
         "bà Ma-ri-a Lô-pết, Chủ tịch Nhóm Phụ nữ ASEAN.")
    evs = events_of(t, ("DATE", "8/3"), ("PER", "Lê Thu Trang"), ("POS", "Chủ tịch nước"),
                    ("PER", "Hoàng Văn Đạt"), ("PER", "Ma-ri-a Lô-pết"),
                    ("POS", "Chủ tịch Nhóm Phụ nữ ASEAN"))
    assert [names(e) for e in evs] == [["Lê Thu Trang", "Ma-ri-a Lô-pết"]]


def test_a_yearless_day_is_read_in_the_year_of_the_range_beside_it():
    from vnmeet.inference.document import Span
    from vnmeet.inference.events.dating import same_occasion_date
    day = Span(0, 5, "DATE", "17/08")
    trip = Span(10, 28, "DATE", "ngày 17-19/08/2017")
    assert same_occasion_date(day, trip, None) and same_occasion_date(trip, day, None)
    assert not same_occasion_date(Span(0, 5, "DATE", "25/08"), trip, None)


def test_a_sentence_set_inside_a_trip_without_a_date_is_dated_by_the_trip_span():
    t = ("Chiều 5/3, Chủ tịch nước Lê Văn Bình đến Viêng Chăn, bắt đầu chuyến thăm chính thức "
         "Lào từ ngày 5-7/3.\nTrong khuôn khổ chuyến thăm, Chủ tịch nước Lê Văn Bình hội đàm "
         "với Tổng thống Xổm-phết Ka-ly.\nSáng 6/3, trong khuôn khổ chuyến thăm, Chủ tịch nước "
         "Lê Văn Bình hội kiến Chủ tịch Quốc hội Bun-my Xay.")
    evs = events_of(t, ("DATE", "Chiều 5/3"), ("POS", "Chủ tịch nước"), ("PER", "Lê Văn Bình"),
                    ("LOC", "Viêng Chăn"), ("LOC", "Lào"), ("DATE", "ngày 5-7/3"),
                    ("POS", "Chủ tịch nước"), ("PER", "Lê Văn Bình"), ("POS", "Tổng thống"),
                    ("PER", "Xổm-phết Ka-ly"), ("DATE", "Sáng 6/3"), ("POS", "Chủ tịch nước"),
                    ("PER", "Lê Văn Bình"), ("POS", "Chủ tịch Quốc hội"), ("PER", "Bun-my Xay"))
    dates = {e.trigger: e.date for e in evs}
    assert dates["hội đàm"] == "ngày 5-7/3"   # no date of its own: the trip's span
    assert dates["hội kiến"] == "Sáng 6/3"    # its own day stays


def test_coordinated_reception_triggers_are_receptions():
    t = ("Ngày 4/5, Chủ tịch UBND tỉnh Hà Văn Tâm tiếp, làm việc với Đại sứ Ru-ma-ni Ion Popa.\n"
         "Ngày 6/5, Bí thư Tỉnh ủy Lò Văn Mạnh tiếp đón đoàn đại biểu tỉnh Gi-a.\n"
         "Đại sứ Ion Popa cảm ơn sự tiếp đón chu đáo của tỉnh.")
    evs = events_of(t, ("DATE", "Ngày 4/5"), ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Hà Văn Tâm"),
                    ("POS", "Đại sứ"), ("LOC", "Ru-ma-ni"), ("PER", "Ion Popa"),
                    ("DATE", "Ngày 6/5"), ("POS", "Bí thư Tỉnh ủy"), ("PER", "Lò Văn Mạnh"),
                    ("LOC", "Gi-a"), ("POS", "Đại sứ"), ("PER", "Ion Popa"))
    assert [(e.trigger, e.type) for e in evs] == [("tiếp, làm việc", "reception"),
                                                  ("tiếp đón", "reception")]


def test_a_year_after_a_document_name_does_not_date_the_meeting():
    from vnmeet.inference.document import Span
    from vnmeet.inference.events.dating import year_of_trigger
    t = "Hai tỉnh ký kết thỏa thuận hợp tác năm 2026. Hai nước ký hiệp định vào năm 2019. Ký năm 2008."
    at = t.index("ký kết")
    span = Span(t.index("năm 2026"), t.index("năm 2026") + 8, "DATE", "năm 2026")
    assert not year_of_trigger(t, span, at)               # the agreement's year
    at = t.index("ký hiệp định")
    span = Span(t.index("năm 2019"), t.index("năm 2019") + 8, "DATE", "năm 2019")
    assert year_of_trigger(t, span, at)                   # "vào năm": when it was signed
    at = t.index("Ký năm")
    span = Span(t.index("năm 2008"), t.index("năm 2008") + 8, "DATE", "năm 2008")
    assert year_of_trigger(t, span, at)


def test_an_announced_visit_is_dated_by_its_span_not_by_the_announcement_day():
    t = ("Ngày 3/9, Bộ Ngoại giao thông báo Thủ tướng Lê Minh Tâm sẽ thăm chính thức "
         "Ác-hen-ti-na từ ngày 10-12/9.")
    evs = events_of(t, ("DATE", "Ngày 3/9"), ("ORG", "Bộ Ngoại giao"), ("POS", "Thủ tướng"),
                    ("PER", "Lê Minh Tâm"), ("LOC", "Ác-hen-ti-na"), ("DATE", "ngày 10-12/9"))
    assert [(e.type, e.date) for e in evs] == [("visit", "ngày 10-12/9")]


def test_an_attendance_is_dated_by_the_range_its_sentence_writes():
    t = ("Sáng 8/5, Chủ tịch nước Đỗ Văn Phong đến Gia-các-ta, bắt đầu chuyến thăm chính thức "
         "In-đô-nê-xi-a và tham dự Hội nghị Thượng đỉnh các nước Đông Nam Á mở rộng lần thứ 9 "
         "(gọi tắt là HNTĐ 9) từ 8-10/5.")
    evs = events_of(t, ("DATE", "Sáng 8/5"), ("POS", "Chủ tịch nước"), ("PER", "Đỗ Văn Phong"),
                    ("LOC", "Gia-các-ta"), ("LOC", "In-đô-nê-xi-a"), ("DATE", "8-10/5"))
    assert {e.trigger: e.date for e in evs}["tham dự"] == "8-10/5"


def test_a_month_said_of_a_visit_dated_by_a_day_does_not_replace_its_day():
    t = ("Tổng thống Ê-cu-a-đo Rô-ha Mên-đết đang thăm chính thức Việt Nam từ ngày 14 đến ngày "
         "16-11.\nChuyến thăm diễn ra trong bối cảnh quan hệ giữa Việt Nam và Ê-cu-a-đo phát "
         "triển mạnh mẽ, nhất là từ khi hai nước thiết lập quan hệ Đối tác toàn diện vào tháng 2/2023.")
    evs = events_of(t, ("POS", "Tổng thống"), ("LOC", "Ê-cu-a-đo"), ("PER", "Rô-ha Mên-đết"),
                    ("LOC", "Việt Nam"), ("DATE", "ngày 14"), ("DATE", "ngày 16-11"),
                    ("LOC", "Việt Nam"), ("LOC", "Ê-cu-a-đo"), ("DATE", "tháng 2/2023"))
    assert [(e.type, e.date) for e in evs] == [("visit", "ngày 14")]


def test_a_visit_takes_the_first_date_of_its_span_written_with_words_unless_it_is_that_day():
    def visit_date(day):
        t = ("%s, Thủ tướng Trần Văn Khải đến Ô-xlô, bắt đầu chuyến thăm chính thức Na Uy từ "
             "ngày 11 đến 14/6." % day)
        evs = events_of(t, ("DATE", day), ("POS", "Thủ tướng"), ("PER", "Trần Văn Khải"),
                        ("LOC", "Ô-xlô"), ("LOC", "Na Uy"), ("DATE", "ngày 11"), ("DATE", "14/6"))
        return [(e.type, e.date) for e in evs]
    assert visit_date("Chiều 12/6") == [("visit", "ngày 11")]
    assert visit_date("Chiều 11/6") == [("visit", "Chiều 11/6")]   # the day of arrival
    assert visit_date("Tối 10/6") == [("visit", "ngày 11")]       # the evening before


def test_cue_naming_another_guest_tells_another_meeting_of_that_kind():
    t = ("Chiều 8/5, Chủ tịch nước Hà Minh Đức hội kiến Thủ tướng Pê-tơ Lin. "
         "Tại cuộc hội kiến Chủ tịch Quốc hội Giô-an Ke, Chủ tịch nước Hà Minh Đức khẳng định quan hệ tốt đẹp.")
    evs = events_of(t, ("DATE", "8/5"), ("POS", "Chủ tịch nước"), ("PER", "Hà Minh Đức"),
                    ("POS", "Thủ tướng"), ("PER", "Pê-tơ Lin"), ("POS", "Chủ tịch Quốc hội"),
                    ("PER", "Giô-an Ke"), ("POS", "Chủ tịch nước"), ("PER", "Hà Minh Đức"))
    assert [(e.type, names(e)) for e in evs] == [
        ("talks", ["Hà Minh Đức", "Pê-tơ Lin"]), ("talks", ["Giô-an Ke", "Hà Minh Đức"])]


def test_cue_naming_the_same_guest_joins_the_meeting():
    t = ("Chiều 8/5, Chủ tịch nước Hà Minh Đức hội kiến Thủ tướng Pê-tơ Lin. "
         "Tại cuộc hội kiến Thủ tướng Pê-tơ Lin, Bộ trưởng Vũ Lan cũng có mặt.")
    evs = events_of(t, ("DATE", "8/5"), ("POS", "Chủ tịch nước"), ("PER", "Hà Minh Đức"),
                    ("POS", "Thủ tướng"), ("PER", "Pê-tơ Lin"), ("POS", "Thủ tướng"),
                    ("PER", "Pê-tơ Lin"), ("POS", "Bộ trưởng"), ("PER", "Vũ Lan"))
    assert [(e.type, names(e)) for e in evs] == [("talks", ["Hà Minh Đức", "Pê-tơ Lin", "Vũ Lan"])]


def test_new_year_greeting_roll_of_places_gives_one_visit_per_place():
    t = ("Ngày 3/4, đoàn do ông Lò Văn Hưng làm trưởng đoàn đã đến thăm, chúc Tết chính quyền và "
         "nhân dân 3 tỉnh Nam Xứ là Pha-khao, Mường Sê, Bản Tạ.")
    evs = events_of(t, ("DATE", "Ngày 3/4"), ("PER", "Lò Văn Hưng"), ("LOC", "Nam Xứ"),
                    ("LOC", "Pha-khao"), ("LOC", "Mường Sê"), ("LOC", "Bản Tạ"))
    assert [(e.type, e.location, names(e)) for e in evs] == [
        ("visit", "Pha-khao", ["Lò Văn Hưng"]), ("visit", "Mường Sê", ["Lò Văn Hưng"]),
        ("visit", "Bản Tạ", ["Lò Văn Hưng"])]


def test_places_greeted_after_a_visit_with_a_new_year_greeting_are_one_visit_each():
    t = ("Ngày 5/2, các đoàn công tác của tỉnh Bravo đã đi thăm, chúc Tết các tỉnh Cerin, Delta "
         "và Echo. Ngày 6/2, đoàn tỉnh Foxa do ông Lò Văn Hưng dẫn đầu đã đến thăm và chúc Tết "
         "tại tỉnh Gola và tỉnh Hara.")
    evs = events_of(t, ("DATE", "5/2"), ("LOC", "Bravo"), ("LOC", "Cerin"), ("LOC", "Delta"),
                    ("LOC", "Echo"), ("DATE", "6/2"), ("LOC", "Foxa"), ("PER", "Lò Văn Hưng"),
                    ("LOC", "Gola"), ("LOC", "Hara"))
    assert [(e.trigger, e.location, e.organisations, e.date, names(e)) for e in evs] == [
        ("thăm", "Cerin", ["Bravo", "Cerin"], "5/2", []),
        ("thăm", "Delta", ["Bravo", "Delta"], "5/2", []),
        ("thăm", "Echo", ["Bravo", "Echo"], "5/2", []),
        ("thăm", "Gola", ["Foxa", "Gola"], "6/2", ["Lò Văn Hưng"]),
        ("thăm", "Hara", ["Foxa", "Hara"], "6/2", ["Lò Văn Hưng"])]


def test_new_year_greeting_of_places_listed_with_commas_gives_one_visit_per_place():
    # "chúc Tết cổ truyền <festival> các tỉnh A, B, C": the greeting names several places even
    # with commas alone between them; a place after "Tết cổ truyền" is the festival's country.
    t = ("Trong 2 ngày 5-6/4, các đoàn công tác của tỉnh Bravo đã đi thăm, chúc Tết cổ truyền "
         "Bunpimay các tỉnh Cerin, Delta, Echo của nước Lào.")
    evs = events_of(t, ("DATE", "5-6/4"), ("LOC", "Bravo"), ("LOC", "Cerin"), ("LOC", "Delta"),
                    ("LOC", "Echo"), ("LOC", "Lào"))
    assert [(e.location, names(e)) for e in evs] == [("Cerin", []), ("Delta", []), ("Echo", [])]
    t = "Ngày 5/4, ông Lò Văn Hưng đã thăm các tỉnh Cerin, Delta của nước Lào."
    evs = events_of(t, ("DATE", "5/4"), ("PER", "Lò Văn Hưng"), ("LOC", "Cerin"), ("LOC", "Delta"),
                    ("LOC", "Lào"))
    assert len(evs) == 1
    t = ("Chiều 4/2, ông Lò Văn Hưng tiếp đoàn tỉnh Cerin sang thăm, chúc Tết cổ truyền Việt Nam "
         "tại tỉnh.")
    evs = events_of(t, ("DATE", "4/2"), ("PER", "Lò Văn Hưng"), ("LOC", "Cerin"), ("LOC", "Việt Nam"))
    assert all(e.location != "Việt Nam" for e in evs)


def test_the_place_greeted_after_a_visit_is_its_location():
    t = "Ngày 3/4, ông Lò Văn Hưng đã đến thăm, chúc Tết chính quyền và nhân dân tỉnh Cerin."
    evs = events_of(t, ("DATE", "Ngày 3/4"), ("PER", "Lò Văn Hưng"), ("LOC", "Cerin"))
    assert [(e.type, e.location) for e in evs] == [("visit", "Cerin")]


def test_a_visit_to_one_of_several_listed_places_is_restated_only_at_that_place():
    t = ("Ngày 10/1, đoàn đại biểu tỉnh Bravo đã đến thăm và chúc Tết tại tỉnh Cerin và tỉnh Delta. "
         "Ngày 10/1, đoàn đại biểu tỉnh Echo do ông Lò Văn Hưng dẫn đầu đã đến thăm và chúc Tết "
         "tại tỉnh Foxa.")
    evs = events_of(t, ("DATE", "10/1"), ("LOC", "Bravo"), ("LOC", "Cerin"), ("LOC", "Delta"),
                    ("DATE", "10/1"), ("LOC", "Echo"), ("PER", "Lò Văn Hưng"), ("LOC", "Foxa"))
    assert [(e.location, e.organisations, names(e)) for e in evs] == [
        ("Cerin", ["Bravo", "Cerin"], []), ("Delta", ["Bravo", "Delta"], []),
        ("Foxa", ["Echo", "Foxa"], ["Lò Văn Hưng"])]
    t = ("Ngày 10/1, đoàn đại biểu tỉnh Bravo đã đến thăm, chúc Tết các tỉnh Cerin, Delta và Echo. "
         "Ông Lò Văn Hưng dẫn đầu đoàn đã thăm, chúc Tết chính quyền và nhân dân tỉnh Cerin.")
    evs = events_of(t, ("DATE", "10/1"), ("LOC", "Bravo"), ("LOC", "Cerin"), ("LOC", "Delta"),
                    ("LOC", "Echo"), ("PER", "Lò Văn Hưng"), ("LOC", "Cerin"))
    assert [(e.location, names(e)) for e in evs] == [
        ("Cerin", ["Lò Văn Hưng"]), ("Delta", []), ("Echo", [])]


def test_a_trip_to_several_places_that_names_no_visitor_is_no_event():
    t = "Ngày 12/9, chuyến xe hữu nghị thăm Cerin và Delta đã khởi hành."
    evs = events_of(t, ("DATE", "12/9"), ("LOC", "Cerin"), ("LOC", "Delta"))
    assert evs == []
    t = "Ngày 12/9, đoàn đại biểu tỉnh Bravo thăm Cerin và Delta."
    evs = events_of(t, ("DATE", "12/9"), ("LOC", "Bravo"), ("LOC", "Cerin"), ("LOC", "Delta"))
    assert [(e.location, e.organisations) for e in evs] == [
        ("Cerin", ["Bravo", "Cerin"]), ("Delta", ["Bravo", "Delta"])]


def test_the_leader_of_one_of_several_delegations_visits_only_the_place_told_of_him():
    t = ("Từ ngày 1 đến ngày 5/2, các đoàn công tác của tỉnh Bravo đã đi thăm, chúc Tết các tỉnh "
         "Cerin, Delta và Echo. Đoàn công tác của tỉnh Bravo do ông Lò Văn Hưng dẫn đầu đã thăm, "
         "chúc Tết tỉnh Cerin.")
    evs = events_of(t, ("DATE", "ngày 1 đến ngày 5/2"), ("LOC", "Bravo"), ("LOC", "Cerin"),
                    ("LOC", "Delta"), ("LOC", "Echo"), ("LOC", "Bravo"), ("PER", "Lò Văn Hưng"),
                    ("LOC", "Cerin"))
    assert [(e.location, names(e)) for e in evs] == [
        ("Cerin", ["Lò Văn Hưng"]), ("Delta", []), ("Echo", [])]


def test_those_greeted_before_the_places_of_a_visit_are_no_place():
    t = ("Ngày 3/2, ông Lò Văn Hưng đã sang thăm, chúc Tết Đảng bộ, chính quyền, các lực lượng vũ "
         "trang và nhân dân các tỉnh Cerin và Delta. Ngày 4/2, bà Hà Thị Mai đã đến thăm và chúc "
         "mừng lãnh đạo thành phố Gola.")
    evs = events_of(t, ("DATE", "3/2"), ("PER", "Lò Văn Hưng"), ("LOC", "Cerin"), ("LOC", "Delta"),
                    ("DATE", "4/2"), ("PER", "Hà Thị Mai"), ("LOC", "Gola"))
    assert [(e.location, names(e)) for e in evs] == [
        ("Cerin", ["Lò Văn Hưng"]), ("Delta", ["Lò Văn Hưng"]), ("Gola", ["Hà Thị Mai"])]


def test_a_traditional_new_year_greeting_without_festival_at_two_places_is_one_visit_each():
    # "chúc Tết cổ truyền tại tỉnh A và tỉnh B": the greeting names no festival, the places
    # follow "tại"; a caption line naming one place tells that place's visit again.
    t = ("Ngày 8/4, đoàn công tác của tỉnh Bravo do ông Lò Văn Hưng dẫn đầu đã đến thăm, chúc Tết "
         "cổ truyền tại tỉnh Cerin và tỉnh Delta.\nĐoàn công tác tỉnh Bravo thăm, chúc Tết tỉnh "
         "Delta.")
    evs = events_of(t, ("DATE", "8/4"), ("LOC", "Bravo"), ("PER", "Lò Văn Hưng"), ("LOC", "Cerin"),
                    ("LOC", "Delta"), ("LOC", "Bravo"), ("LOC", "Delta"))
    assert [(e.location, e.organisations, names(e)) for e in evs] == [
        ("Cerin", ["Bravo", "Cerin"], ["Lò Văn Hưng"]), ("Delta", ["Bravo", "Delta"], ["Lò Văn Hưng"])]


def test_members_of_a_delegation_visiting_several_places_go_to_each_place():
    t = ("Ngày 8/4, đoàn công tác của tỉnh Bravo do ông Lò Văn Hưng dẫn đầu đã đến thăm, chúc Tết "
         "Bunpimay tại tỉnh Cerin và tỉnh Delta. Tham gia đoàn công tác có bà Hà Thị Mai - Phó "
         "Giám đốc Sở Ngoại vụ; ông Vi Văn Tú - Chánh Văn phòng Tỉnh ủy.")
    evs = events_of(t, ("DATE", "8/4"), ("LOC", "Bravo"), ("PER", "Lò Văn Hưng"), ("LOC", "Cerin"),
                    ("LOC", "Delta"), ("PER", "Hà Thị Mai"), ("POS", "Phó Giám đốc Sở Ngoại vụ"),
                    ("PER", "Vi Văn Tú"), ("POS", "Chánh Văn phòng Tỉnh ủy"))
    assert [(e.location, names(e)) for e in evs] == [
        ("Cerin", ["Lò Văn Hưng", "Hà Thị Mai", "Vi Văn Tú"]),
        ("Delta", ["Lò Văn Hưng", "Hà Thị Mai", "Vi Văn Tú"])]


def test_hosts_on_the_side_of_one_place_of_a_split_visit_join_the_visit_to_that_place():
    t = ("Ngày 8/4, đoàn công tác của tỉnh Bravo do ông Lò Văn Hưng dẫn đầu đã đến thăm, chúc Tết "
         "Bunpimay tại tỉnh Cerin và tỉnh Delta. Về phía tỉnh Cerin có ông Khăm Sỉ - Tỉnh trưởng; "
         "về phía tỉnh Delta có bà Bun Nhơn - Phó Tỉnh trưởng tiếp đón và làm việc với đoàn.")
    evs = events_of(t, ("DATE", "8/4"), ("LOC", "Bravo"), ("PER", "Lò Văn Hưng"), ("LOC", "Cerin"),
                    ("LOC", "Delta"), ("LOC", "Cerin"), ("PER", "Khăm Sỉ"), ("POS", "Tỉnh trưởng"),
                    ("LOC", "Delta"), ("PER", "Bun Nhơn"), ("POS", "Phó Tỉnh trưởng"))
    assert [(e.location, names(e)) for e in evs] == [
        ("Cerin", ["Lò Văn Hưng", "Khăm Sỉ"]), ("Delta", ["Lò Văn Hưng", "Bun Nhơn"])]


def test_a_trip_named_bare_in_a_frame_visits_the_places_its_subject_greets():
    t = ("Trong chuyến thăm, bà Hà Thị Mai, Phó Chủ tịch UBND tỉnh Bravo chúc chính quyền và toàn "
         "thể nhân dân các tỉnh Cerin, Delta và Echo đón Tết vui vẻ.")
    evs = events_of(t, ("PER", "Hà Thị Mai"), ("POS", "Phó Chủ tịch UBND tỉnh Bravo"),
                    ("LOC", "Cerin"), ("LOC", "Delta"), ("LOC", "Echo"))
    assert [(e.type, e.location, names(e)) for e in evs] == [
        ("visit", "Cerin", ["Hà Thị Mai"]), ("visit", "Delta", ["Hà Thị Mai"]),
        ("visit", "Echo", ["Hà Thị Mai"])]
    t = ("Trong chuyến thăm Cerin, bà Hà Thị Mai chúc chính quyền và nhân dân các tỉnh Delta và "
         "Echo đón Tết vui vẻ.")
    evs = events_of(t, ("LOC", "Cerin"), ("PER", "Hà Thị Mai"), ("LOC", "Delta"), ("LOC", "Echo"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Hà Thị Mai"])]


def test_host_receiving_the_visiting_delegation_joins_the_visit():
    t = ("Chiều 6/8, đoàn công tác do ông Trần Hữu Phước làm trưởng đoàn đã đến thăm và làm việc "
         "với UBND tỉnh Đông Giang. Phó Chủ tịch UBND tỉnh Lê Thị Hạnh tiếp và làm việc với đoàn.")
    evs = events_of(t, ("DATE", "6/8"), ("PER", "Trần Hữu Phước"), ("ORG", "UBND tỉnh Đông Giang"),
                    ("POS", "Phó Chủ tịch UBND tỉnh"), ("PER", "Lê Thị Hạnh"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("visit", "6/8", ["Trần Hữu Phước", "Lê Thị Hạnh"])]


def test_host_receiving_the_delegation_at_a_place_of_its_own_is_a_reception():
    t = ("Chiều 6/8, đoàn công tác do ông Trần Hữu Phước làm trưởng đoàn đã đến thăm và làm việc "
         "với tỉnh Đông Giang. Bí thư Tỉnh ủy Lê Thị Hạnh tiếp đoàn tại Văn phòng Tỉnh ủy.")
    evs = events_of(t, ("DATE", "6/8"), ("PER", "Trần Hữu Phước"), ("LOC", "Đông Giang"),
                    ("POS", "Bí thư Tỉnh ủy"), ("PER", "Lê Thị Hạnh"), ("ORG", "Văn phòng Tỉnh ủy"))
    assert [e.type for e in evs] == ["visit", "reception"]


def test_welcome_a_follow_up_says_came_before_the_meeting_is_an_event():
    t = ("Sáng 9/3, Thủ tướng Lâm Văn Khải hội kiến Quốc vương Xa-ri Pôn. "
         "Tại cuộc hội kiến, sau lễ đón, hai bên đánh giá cao quan hệ hai nước.")
    evs = events_of(t, ("DATE", "9/3"), ("POS", "Thủ tướng"), ("PER", "Lâm Văn Khải"),
                    ("POS", "Quốc vương"), ("PER", "Xa-ri Pôn"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("talks", "9/3", ["Lâm Văn Khải", "Xa-ri Pôn"]), ("welcome", "9/3", ["Lâm Văn Khải", "Xa-ri Pôn"])]


def test_meeting_with_another_guest_is_not_the_same_meeting_again():
    t = ("Chủ tịch nước Đào Văn Tâm tiếp Đại sứ Mi-ka Lôn. Hai bên trao đổi về hợp tác.\n"
         "Chủ tịch nước Đào Văn Tâm tiếp Đại sứ Ca-rin Bết, đề nghị thúc đẩy thương mại.")
    evs = events_of(t, ("POS", "Chủ tịch nước"), ("PER", "Đào Văn Tâm"), ("POS", "Đại sứ"),
                    ("PER", "Mi-ka Lôn"), ("POS", "Chủ tịch nước"), ("PER", "Đào Văn Tâm"),
                    ("POS", "Đại sứ"), ("PER", "Ca-rin Bết"))
    assert [(e.type, names(e)) for e in evs] == [
        ("reception", ["Đào Văn Tâm", "Mi-ka Lôn"]), ("reception", ["Đào Văn Tâm", "Ca-rin Bết"])]


def test_meeting_stated_again_with_its_guest_is_the_same_meeting():
    t = ("Chủ tịch nước Đào Văn Tâm tiếp Đại sứ Mi-ka Lôn. "
         "Chủ tịch nước Đào Văn Tâm tiếp Đại sứ Mi-ka Lôn cùng Tham tán Lê Na.")
    evs = events_of(t, ("POS", "Chủ tịch nước"), ("PER", "Đào Văn Tâm"), ("POS", "Đại sứ"),
                    ("PER", "Mi-ka Lôn"), ("POS", "Chủ tịch nước"), ("PER", "Đào Văn Tâm"),
                    ("POS", "Đại sứ"), ("PER", "Mi-ka Lôn"), ("POS", "Tham tán"), ("PER", "Lê Na"))
    assert [(e.type, names(e)) for e in evs] == [("reception", ["Đào Văn Tâm", "Mi-ka Lôn", "Lê Na"])]


def test_a_delegation_led_jointly_visits_with_all_its_leaders():
    t = ("Chiều 4/5, ông Đặng Văn Lộc đã tiếp đoàn hữu nghị do ông Pê-tơ Gran và ông Mác Lin "
         "dẫn đầu đang thăm Việt Nam.")
    evs = events_of(t, ("DATE", "Chiều 4/5"), ("PER", "Đặng Văn Lộc"), ("PER", "Pê-tơ Gran"),
                    ("PER", "Mác Lin"), ("LOC", "Việt Nam"))
    assert [(e.type, names(e)) for e in evs] == [
        ("reception", ["Đặng Văn Lộc", "Pê-tơ Gran", "Mác Lin"]), ("visit", ["Pê-tơ Gran", "Mác Lin"])]


def test_a_name_before_a_visit_outside_any_joint_lead_visits_alone():
    t = "Ngày 4/5, bà Lê Hồng Vân tiếp ông Tô Minh Hải, nhân dịp ông Tô Minh Hải sang thăm Lào."
    evs = events_of(t, ("DATE", "Ngày 4/5"), ("PER", "Lê Hồng Vân"), ("PER", "Tô Minh Hải"),
                    ("PER", "Tô Minh Hải"), ("LOC", "Lào"))
    assert [names(e) for e in evs if e.type == "visit"] == [["Tô Minh Hải"]]


def test_a_bare_day_opening_a_range_is_dated_by_the_day_that_closes_it():
    t = "Thủ tướng Hà Văn Bình thăm chính thức Lào từ ngày 9 đến 12/5/2016."
    evs = events_of(t, ("POS", "Thủ tướng"), ("PER", "Hà Văn Bình"), ("LOC", "Lào"),
                    ("DATE", "ngày 9"), ("DATE", "12/5/2016"))
    assert [(e.date, e.date_iso) for e in evs] == [("ngày 9", "2016-05-09")]


def test_welcoming_and_receiving_a_delegation_is_one_welcome():
    t = ("Sáng 17/6, Đoàn đại biểu tỉnh Xiêng Khoảng do bà Bua Khăm làm trưởng đoàn đã nhập cảnh "
         "qua cửa khẩu Nậm Cắn.\n"
         "Đón và tiếp xã giao đoàn, phía tỉnh Hòa Phong có ông Lê Văn Tâm, Giám đốc Sở Du lịch.")
    evs = events_of(t, ("DATE", "17/6"), ("LOC", "Xiêng Khoảng"), ("PER", "Bua Khăm"),
                    ("LOC", "Nậm Cắn"), ("LOC", "Hòa Phong"), ("PER", "Lê Văn Tâm"),
                    ("POS", "Giám đốc Sở Du lịch"))
    assert [(e.trigger, e.type, names(e)) for e in evs] == [
        ("Đón và tiếp xã giao", "welcome", ["Lê Văn Tâm", "Bua Khăm"])]


def test_a_place_where_the_delegation_is_received_does_not_name_another_delegation():
    t = ("Ngày 5/3, Đoàn đại biểu tỉnh Xiêng Khoảng do ông Bun-mi Khăm làm trưởng đoàn "
         "bắt đầu chuyến thăm tỉnh Nghệ An.\n"
         "Đón đoàn tại cửa khẩu Nậm Cắn có ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh.")
    evs = events_of(t, ("DATE", "Ngày 5/3"), ("LOC", "Xiêng Khoảng"), ("PER", "Bun-mi Khăm"),
                    ("LOC", "Nghệ An"), ("LOC", "Nậm Cắn"), ("PER", "Lê Văn Hòa"),
                    ("POS", "Phó Chủ tịch UBND tỉnh"))
    assert ("welcome", ["Lê Văn Hòa", "Bun-mi Khăm"]) in [(e.type, names(e)) for e in evs]


def test_each_delegation_named_as_a_party_brings_its_own_leader():
    t = ("Ngày 18/3, Đoàn đại biểu tỉnh Noong-khai do bà Sổm Phết làm trưởng đoàn, còn Đoàn đại biểu "
         "tỉnh Xiêng Khoảng do ông Bun-mi Khăm làm trưởng đoàn, đã đến Hòa Phong.\n"
         "Chiều 18/3, ông Lê Văn Tâm hội đàm với Đoàn đại biểu tỉnh Noong-khai.")
    evs = events_of(t, ("DATE", "18/3"), ("LOC", "Noong-khai"), ("PER", "Sổm Phết"),
                    ("LOC", "Xiêng Khoảng"), ("PER", "Bun-mi Khăm"), ("LOC", "Hòa Phong"),
                    ("DATE", "18/3"), ("PER", "Lê Văn Tâm"), ("LOC", "Noong-khai"))
    assert [(e.type, names(e)) for e in evs] == [("talks", ["Lê Văn Tâm", "Sổm Phết"])]


def test_a_transliterations_last_syllable_or_a_dates_month_is_no_abbreviation():
    from vnmeet.inference.events import sentences
    t = ("Bộ trưởng Trần Văn Lâm đã thăm Xlô-va-ki-a. Theo kế hoạch, ông rời đi ngày 12-5. "
         "Hôm sau, ông Phạm Hữu Nghĩa, GS. Lê Văn Tín và TS. Hà Minh đến.")
    parts = [t[s:e] for s, e in sentences(t)]
    assert parts == ["Bộ trưởng Trần Văn Lâm đã thăm Xlô-va-ki-a.",
                     "Theo kế hoạch, ông rời đi ngày 12-5.",
                     "Hôm sau, ông Phạm Hữu Nghĩa, GS. Lê Văn Tín và TS. Hà Minh đến."]


def test_a_video_credit_is_a_credit_like_a_photo_credit():
    from vnmeet.inference.events.mentions import is_credit
    t = "Đoàn xe đi trên phố trưa ngày 3-4. Video: Lê Thu Hà. Clip: Hà Văn An\n"
    name, other = spans(t, ("PER", "Lê Thu Hà"), ("PER", "Hà Văn An"))
    assert is_credit(t, name) and is_credit(t, other)


def test_a_photo_credit_with_the_outlet_before_the_author_is_a_credit():
    from vnmeet.inference.events.mentions import is_credit
    t = "Thủ tướng Lê Văn Hòa tiếp Đại sứ Hans Berger. Ảnh: VNA/Trần Minh Khoa\n"
    host, credit = spans(t, ("PER", "Lê Văn Hòa"), ("PER", "Trần Minh Khoa"))
    assert is_credit(t, credit) and not is_credit(t, host)
    # or the author's role in capitals ("CTV", a contributor)
    t = "Hai tỉnh ký biên bản hội đàm. (Ảnh: CTV Lê Quốc Hưng - Đài PTTH tỉnh)"
    credit, = spans(t, ("PER", "Lê Quốc Hưng"))
    assert is_credit(t, credit)


def test_a_person_honoured_or_remembered_is_no_participant():
    t = ("Ngày 4/5, Bộ trưởng Lê Văn Hòa cùng Đại sứ Trần Thu Lan đến dâng hoa tại tượng đài "
         "Chủ tịch Phạm Hùng Dũng và làm việc với Thị trưởng Pedro Alves.")
    evs = events_of(t, ("DATE", "4/5"), ("POS", "Bộ trưởng"), ("PER", "Lê Văn Hòa"),
                    ("POS", "Đại sứ"), ("PER", "Trần Thu Lan"), ("POS", "Chủ tịch"),
                    ("PER", "Phạm Hùng Dũng"), ("POS", "Thị trưởng"), ("PER", "Pedro Alves"))
    assert [names(e) for e in evs] == [["Lê Văn Hòa", "Trần Thu Lan", "Pedro Alves"]]


def test_the_late_leader_of_a_funeral_is_no_guest_but_an_adviser_is():
    t = ("Ngày 8/3, Chủ tịch nước Đỗ Minh Tâm tiếp Đoàn đại biểu do ông Karl Weiss dẫn đầu "
         "sang dự Lễ tang Đại tướng Phan Văn Kiệt. Cố vấn Anna Berg cho biết đoàn rất xúc động.")
    evs = events_of(t, ("DATE", "8/3"), ("POS", "Chủ tịch nước"), ("PER", "Đỗ Minh Tâm"),
                    ("PER", "Karl Weiss"), ("POS", "Đại tướng"), ("PER", "Phan Văn Kiệt"),
                    ("POS", "Cố vấn"), ("PER", "Anna Berg"))
    assert [names(e) for e in evs] == [["Đỗ Minh Tâm", "Karl Weiss", "Anna Berg"]]


def test_who_sends_a_letter_to_the_occasion_is_no_participant():
    t = ("Ngày 6/10, Chủ tịch Hội hữu nghị Lê Thị Hạnh dự lễ kỷ niệm của Hội Tây Sơn. "
         "Nhân dịp này, Tổng thống Piet Hendriks đã gửi thư chúc mừng Hội Tây Sơn. "
         "Ông Karl Weiss cho biết Hội sẽ mở rộng hoạt động.")
    evs = events_of(t, ("DATE", "6/10"), ("POS", "Chủ tịch Hội hữu nghị"), ("PER", "Lê Thị Hạnh"),
                    ("ORG", "Hội Tây Sơn"), ("POS", "Tổng thống"), ("PER", "Piet Hendriks"),
                    ("ORG", "Hội Tây Sơn"), ("PER", "Karl Weiss"))
    assert [names(e) for e in evs] == [["Lê Thị Hạnh", "Karl Weiss"]]


def test_a_host_who_greets_the_visitors_is_no_visitor():
    t = ("Ngày 3/3, Thượng tướng Lê Văn Hòa chúc mừng bà Anna Berg lần đầu đến thăm và làm việc "
         "tại Việt Nam.")
    evs = events_of(t, ("DATE", "3/3"), ("POS", "Thượng tướng"), ("PER", "Lê Văn Hòa"),
                    ("PER", "Anna Berg"), ("LOC", "Việt Nam"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Anna Berg"])]


def test_two_spellings_of_a_foreign_name_are_one_participant_as_first_written():
    t = ("Ngày 5/4, Bí thư Tỉnh ủy Lê Văn Hòa tiếp Tỉnh trưởng Khamphet Vongsavath. "
         "Tại buổi tiếp, Tỉnh trưởng Khamphat Vongsavat cảm ơn tỉnh.")
    evs = events_of(t, ("DATE", "5/4"), ("POS", "Bí thư Tỉnh ủy"), ("PER", "Lê Văn Hòa"),
                    ("POS", "Tỉnh trưởng"), ("PER", "Khamphet Vongsavath"), ("POS", "Tỉnh trưởng"),
                    ("PER", "Khamphat Vongsavat"))
    assert [names(e) for e in evs] == [["Lê Văn Hòa", "Khamphet Vongsavath"]]


def test_spellings_alike_are_foreign_names_only():
    from vnmeet.inference.people import spelled_alike, truncation_of
    assert spelled_alike("Kim Dae-sung", "Kim Dae Sung")
    assert spelled_alike("Sato Kenji", "Ken Ji Sato")
    assert spelled_alike("Bun Phăn Xay", "Bun Phan Xay")
    assert truncation_of("Lee Min Ho", "Lee Min Hoon") and not truncation_of("Lee Min Hoon", "Lee Min Ho")
    assert not spelled_alike("Nguyễn Chí Vịnh", "Nguyễn Thị Minh")
    assert not spelled_alike("Trần Văn Hùng", "Trần Văn Hưng")
    assert not spelled_alike("Kim Dae Sung", "Park Dae Sung")


def test_the_counterpart_of_a_planned_meeting_is_no_party_to_the_next_one():
    t = ("Ngày 3/5, Thủ tướng Lars Olsen đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam. "
         "Trong khuôn khổ chuyến thăm, Thủ tướng Lars Olsen sẽ hội đàm với Thủ tướng Lê Văn Hòa; "
         "hội kiến Chủ tịch Quốc hội Trần Minh Tâm.")
    evs = events_of(t, ("DATE", "3/5"), ("POS", "Thủ tướng"), ("PER", "Lars Olsen"),
                    ("LOC", "Hà Nội"), ("LOC", "Việt Nam"), ("POS", "Thủ tướng"),
                    ("PER", "Lars Olsen"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Hòa"),
                    ("POS", "Chủ tịch Quốc hội"), ("PER", "Trần Minh Tâm"))
    talks = [e for e in evs if e.trigger == "hội kiến"]
    assert [names(e) for e in talks] == [["Lars Olsen", "Trần Minh Tâm"]]


def test_at_the_meeting_refers_to_the_meeting_not_to_the_conference_attended():
    t = ("Ngày 9/5, Bộ trưởng Lê Văn Hòa đã gặp Tổng Thư ký Hans Berger. "
         "Cùng ngày, Bộ trưởng Lê Văn Hòa tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN. "
         "Tại cuộc gặp, Tổng Thư ký Hans Berger đánh giá cao vai trò của Việt Nam.")
    evs = events_of(t, ("DATE", "9/5"), ("POS", "Bộ trưởng"), ("PER", "Lê Văn Hòa"),
                    ("POS", "Tổng Thư ký"), ("PER", "Hans Berger"), ("POS", "Bộ trưởng"),
                    ("PER", "Lê Văn Hòa"), ("POS", "Tổng Thư ký"), ("PER", "Hans Berger"),
                    ("LOC", "Việt Nam"))
    assert [(e.trigger, names(e)) for e in evs] == [("gặp", ["Lê Văn Hòa", "Hans Berger"]),
                                                    ("tham dự", ["Lê Văn Hòa"])]


def test_a_sentence_naming_a_member_of_the_delegation_adds_them_to_its_visit():
    t = ("Ngày 4/6, đoàn công tác tỉnh Hòa Định do ông Lê Văn Hòa dẫn đầu thăm và làm việc tại "
         "tỉnh Xa-vằn-na-khệt. Đồng chí Trần Thu Lan, Phó Chủ tịch HĐND tỉnh, là thành viên "
         "của Đoàn công tác.")
    evs = events_of(t, ("DATE", "4/6"), ("LOC", "Hòa Định"), ("PER", "Lê Văn Hòa"),
                    ("LOC", "Xa-vằn-na-khệt"), ("PER", "Trần Thu Lan"),
                    ("POS", "Phó Chủ tịch HĐND tỉnh"))
    assert [names(e) for e in evs] == [["Lê Văn Hòa", "Trần Thu Lan"]]


def test_a_press_briefing_is_no_meeting_of_the_occasion():
    t = ("Ngày 2/6, Thủ tướng Lê Văn Hòa thăm chính thức Ma-lai-xi-a. Thông tin được bà Siti "
         "Aminah, Tổng lãnh sự Ma-lai-xi-a, cho biết tại buổi gặp gỡ báo chí ngày 1/6.")
    evs = events_of(t, ("DATE", "2/6"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Hòa"),
                    ("LOC", "Ma-lai-xi-a"), ("PER", "Siti Aminah"),
                    ("POS", "Tổng lãnh sự Ma-lai-xi-a"), ("DATE", "1/6"))
    assert [names(e) for e in evs] == [["Lê Văn Hòa"]]


def test_who_is_interviewed_about_a_visit_is_no_visitor():
    t = ("Ngày 2/6, Thủ tướng Lê Văn Hòa thăm chính thức Ma-lai-xi-a. Nhân dịp này, phóng viên "
         "có cuộc phỏng vấn bà Siti Aminah, Phó Đại sứ Ma-lai-xi-a, về ý nghĩa chuyến thăm.")
    evs = events_of(t, ("DATE", "2/6"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Hòa"),
                    ("LOC", "Ma-lai-xi-a"), ("PER", "Siti Aminah"),
                    ("POS", "Phó Đại sứ Ma-lai-xi-a"))
    assert [names(e) for e in evs] == [["Lê Văn Hòa"]]


def test_whom_a_participant_stands_in_for_is_no_participant():
    t = ("Ngày 21/10, Chủ tịch UBND thành phố Lê Văn Hòa và ông Kim Min-jae, đại diện cho "
         "Tỉnh trưởng Park Ji-hoon, ký kết thỏa thuận hợp tác.")
    evs = events_of(t, ("DATE", "21/10"), ("POS", "Chủ tịch UBND thành phố"), ("PER", "Lê Văn Hòa"),
                    ("PER", "Kim Min-jae"), ("POS", "Tỉnh trưởng"), ("PER", "Park Ji-hoon"))
    assert [names(e) for e in evs] == [["Lê Văn Hòa", "Kim Min-jae"]]


def test_a_welcome_and_working_session_is_one_trigger():
    t = ("Ngày 5/9, lãnh đạo tỉnh Hòa Định đã có buổi đón tiếp và làm việc với Đoàn đại biểu "
         "tỉnh Xa-vằn-na-phum.")
    evs = events_of(t, ("DATE", "5/9"), ("LOC", "Hòa Định"), ("LOC", "Xa-vằn-na-phum"))
    assert [(e.trigger, e.type, e.date) for e in evs] == [("đón tiếp và làm việc", "welcome", "5/9")]


def test_a_narrated_past_welcome_of_a_named_guest_is_a_reception():
    t = ("Ngày 4/6, Thống đốc Ma-lin Kô-vích đã đón tiếp ông Trần Quốc Bảo tại Xê-rô. "
         "Ông Trần Quốc Bảo cảm ơn sự đón tiếp trọng thị của Thống đốc.")
    evs = events_of(t, ("DATE", "4/6"), ("POS", "Thống đốc"), ("PER", "Ma-lin Kô-vích"),
                    ("PER", "Trần Quốc Bảo"), ("LOC", "Xê-rô"), ("PER", "Trần Quốc Bảo"),
                    ("POS", "Thống đốc"))
    assert [(e.trigger, e.type, e.date, names(e)) for e in evs] == [
        ("đón tiếp", "reception", "4/6", ["Ma-lin Kô-vích", "Trần Quốc Bảo"])]
    assert not find_triggers("Lãnh đạo tỉnh đón tiếp đoàn tại sân bay.", 0, 40)


def test_a_fronted_purpose_clause_does_not_unstate_the_main_clause():
    t = ("Nhằm tìm kiếm cơ hội hợp tác với các đối tác của Ca-na-đa, từ ngày 12/9, Đoàn công tác "
         "của tỉnh Hòa Định do ông Lê Văn Phong dẫn đầu đã thăm, làm việc tại Ca-na-đa. "
         "Ông Lê Văn Phong sang Ô-ta-oa nhằm thăm Hội đồng thành phố.")
    evs = events_of(t, ("LOC", "Ca-na-đa"), ("DATE", "ngày 12/9"), ("LOC", "Hòa Định"),
                    ("PER", "Lê Văn Phong"), ("LOC", "Ca-na-đa"), ("PER", "Lê Văn Phong"),
                    ("LOC", "Ô-ta-oa"), ("ORG", "Hội đồng thành phố"))
    assert [(e.trigger, e.date, names(e)) for e in evs] == [
        ("thăm, làm việc", "ngày 12/9", ["Lê Văn Phong"])]


def test_a_proposal_named_as_a_noun_does_not_unstate_the_meeting_it_was_made_at():
    t = ("Đó là đề nghị của Thủ tướng Lâm Quốc Việt trong buổi tiếp Tổng Giám đốc Tập đoàn "
         "Hoa Sen Kim Tae Ho. Thủ tướng Lâm Quốc Việt đề nghị tập đoàn thăm tỉnh Hòa Định.")
    evs = events_of(t, ("POS", "Thủ tướng"), ("PER", "Lâm Quốc Việt"),
                    ("POS", "Tổng Giám đốc Tập đoàn Hoa Sen"), ("PER", "Kim Tae Ho"),
                    ("POS", "Thủ tướng"), ("PER", "Lâm Quốc Việt"), ("LOC", "Hòa Định"))
    assert [(e.trigger, names(e)) for e in evs] == [("tiếp", ["Lâm Quốc Việt", "Kim Tae Ho"])]


def test_this_morning_is_the_day_of_the_dateline_not_the_trips_first_day():
    t = ("Thứ năm, 9/3/2023, 10:15 (GMT+7)\n"
         "Thủ tướng Lâm Quốc Việt sáng nay chủ trì lễ đón Thủ tướng Rô-ma-ni Ê-li-na Rốp.\n"
         "Thủ tướng Ê-li-na Rốp đang thăm chính thức Việt Nam từ ngày 8 đến 10/3.")
    evs = events_of(t, ("DATE", "9/3/2023"), ("POS", "Thủ tướng"), ("PER", "Lâm Quốc Việt"),
                    ("POS", "Thủ tướng"), ("LOC", "Rô-ma-ni"), ("PER", "Ê-li-na Rốp"),
                    ("POS", "Thủ tướng"), ("PER", "Ê-li-na Rốp"), ("LOC", "Việt Nam"),
                    ("DATE", "ngày 8"), ("DATE", "10/3"))
    assert [(e.trigger, e.date, e.date_iso) for e in evs][0] == ("đón", "9/3/2023", "2023-03-09")


def test_a_contact_held_with_someone_is_an_event_but_contacts_as_a_practice_are_not():
    t = ("Sáng 6/5, Thủ tướng Ê-li-na Rốp còn có cuộc tiếp xúc với Chủ tịch nước Lâm Quốc Việt "
         "tại Phủ Chủ tịch. Hai bên nhấn mạnh cần tăng cường tiếp xúc cấp cao.")
    evs = events_of(t, ("DATE", "6/5"), ("POS", "Thủ tướng"), ("PER", "Ê-li-na Rốp"),
                    ("POS", "Chủ tịch nước"), ("PER", "Lâm Quốc Việt"), ("ORG", "Phủ Chủ tịch"))
    assert [(e.trigger, e.type, e.date, names(e)) for e in evs] == [
        ("tiếp xúc", "other", "6/5", ["Ê-li-na Rốp", "Lâm Quốc Việt"])]
    assert not find_triggers("Hai bên duy trì tiếp xúc các cấp.", 0, 32)


def test_the_next_step_of_a_planned_programme_is_planned_too():
    t = ("Sau lễ đón, Chủ tịch Vũ Hồng Quân sẽ hội kiến Quốc vương Xiêm. "
         "Quang cảnh sân bay - Ảnh: TTXVN. "
         "Tiếp đó, Chủ tịch Vũ Hồng Quân hội kiến Chủ tịch Thượng viện Sam Rin.")
    items = [("POS", "Chủ tịch"), ("PER", "Vũ Hồng Quân"), ("POS", "Quốc vương Xiêm"),
             ("POS", "Chủ tịch"), ("PER", "Vũ Hồng Quân"), ("POS", "Chủ tịch Thượng viện"),
             ("PER", "Sam Rin")]
    assert events_of(t, *items) == []
    done = t.replace("Quân hội kiến Chủ tịch", "Quân đã hội kiến Chủ tịch")
    assert [names(e) for e in events_of(done, *items)] == [["Vũ Hồng Quân", "Sam Rin"]]


def test_next_is_no_reception_but_a_capitalised_guest_is():
    t = ("Tiếp đó, đoàn thăm nhà máy. Tiếp ở đây là tiếp nối. Bộ trưởng Lý Thu Hà tiếp Đại sứ "
         "Ê-cu-a-đo. Thứ trưởng Đỗ Quang Vinh tiếp Ủy viên Ban chấp hành Ô-xtra-li-a.")
    found = [(t[s:e], typ) for s, e, typ in find_triggers(t, 0, len(t))]
    assert found == [("thăm", "visit"), ("tiếp", "reception"), ("tiếp", "reception")]


def test_both_sides_takes_a_capitalised_title_not_any_word_with_a_diacritic():
    assert BOTH_SIDES.search("Hai Bộ trưởng trao đổi") and BOTH_SIDES.search("hai Ủy ban nhất trí")
    assert not BOTH_SIDES.search("hai ủy ban nhất trí") and not BOTH_SIDES.search("hai đội bóng")


def test_a_welcome_and_working_session_keeps_its_whole_trigger():
    t = ("Ngày 3/5, lãnh đạo tỉnh Hòa Phong đã có buổi đón tiếp và làm việc với đoàn đại biểu "
         "tỉnh Noong-khai.")
    evs = events_of(t, ("DATE", "Ngày 3/5"), ("LOC", "Hòa Phong"), ("LOC", "Noong-khai"))
    assert [(e.trigger, e.type) for e in evs] == [("đón tiếp và làm việc", "welcome")]
    assert evs[0].organisations == ["Hòa Phong", "Noong-khai"]


def test_an_occasion_opening_a_later_sentence_with_nobody_named_is_no_event_of_its_own():
    t = ("Sáng 6/5, Chủ tịch UBND tỉnh Hòa Phong Lê Văn Tâm tiếp Đại sứ Noong-khai Sổm Phết.\n"
         "Tại buổi làm việc, đại diện Sở Ngoại vụ tỉnh Hòa Phong cho biết nhiều kết quả.\n"
         "Lễ ký kết hợp tác giữa tỉnh Hòa Phong và tỉnh Noong-khai")
    evs = events_of(t, ("DATE", "6/5"), ("POS", "Chủ tịch UBND tỉnh Hòa Phong"), ("PER", "Lê Văn Tâm"),
                    ("POS", "Đại sứ Noong-khai"), ("PER", "Sổm Phết"),
                    ("ORG", "Sở Ngoại vụ tỉnh Hòa Phong"), ("LOC", "Hòa Phong"), ("LOC", "Noong-khai"))
    assert [(e.trigger, names(e)) for e in evs] == [("tiếp", ["Lê Văn Tâm", "Sổm Phết"])]


def test_an_occasion_opening_a_sentence_stays_an_event_when_nobody_is_named_before():
    t = "Tại cuộc hội đàm, tỉnh Hòa Phong và tỉnh Noong-khai thống nhất nhiều nội dung."
    evs = events_of(t, ("LOC", "Hòa Phong"), ("LOC", "Noong-khai"))
    assert [e.trigger for e in evs] == ["hội đàm"]


def test_welcoming_many_guests_is_a_general_statement_not_a_welcome():
    t = ("Thời gian qua, tỉnh Hòa Phong vinh dự đón nhiều lãnh đạo, quan chức của Noong-khai. "
         "Ngày 4/6, tỉnh Hòa Phong đón đoàn đại biểu tỉnh Noong-khai.")
    found = [t[s:e] for s, e, _ in find_triggers(t, 0, len(t))]
    assert found == ["đón"] and t.index("đón đoàn") == find_triggers(t, 0, len(t))[0][0]


def test_the_meeting_named_again_with_nay_is_no_new_event():
    t = ("Sáng 5/3, Chủ tịch Lê Văn An làm việc với ông Kim Min-su. Ngày 6/3, ông Park Ji-ho tin "
         "tưởng, buổi làm việc này sẽ là tiền đề cho hợp tác.")
    evs = events_of(t, ("DATE", "5/3"), ("POS", "Chủ tịch"), ("PER", "Lê Văn An"),
                    ("PER", "Kim Min-su"), ("DATE", "6/3"), ("PER", "Park Ji-ho"))
    assert [(e.trigger, e.date) for e in evs] == [("làm việc", "5/3")]


def test_a_programme_called_a_meeting_is_no_meeting():
    t = ("Đoàn tham dự Chương trình Gặp gỡ hữu nghị thanh niên Việt - Mông. Chương trình gặp mặt "
         "đầu xuân diễn ra tại Lạng Sơn. Ông Lê Văn An gặp gỡ thanh niên.")
    found = [(t[s:e], typ) for s, e, typ in find_triggers(t, 0, len(t))]
    assert found == [("tham dự", "other"), ("gặp gỡ", "other")]


def test_talks_with_another_party_named_after_voi_are_another_meeting():
    t = ("Đoàn đại biểu tỉnh Lam Sơn hội đàm với tỉnh Hòa Phong. Ảnh: Minh Anh |\n"
         "Đoàn hội đàm với tỉnh Noong-khai. Ảnh: Minh Anh |\n"
         "Đoàn hội đàm với tỉnh Noong-khai về hợp tác thương mại.")
    evs = events_of(t, ("LOC", "Lam Sơn"), ("LOC", "Hòa Phong"), ("LOC", "Noong-khai"),
                    ("LOC", "Noong-khai"))
    assert [(e.trigger, e.organisations) for e in evs] == [
        ("hội đàm", ["Lam Sơn", "Hòa Phong"]), ("hội đàm", ["Noong-khai"])]


def test_a_working_session_and_a_courtesy_call_written_side_by_side_are_one_event():
    t = ("Chiều 3/5, ông Lạc Văn Tình, Phó Chủ tịch UBND tỉnh, đã có buổi làm việc và tiếp xã giao "
         "Đoàn công tác của tỉnh Sơn Hà do ông Kiều Minh Đạt làm trưởng đoàn. Sáng 4/5, "
         "ông Lạc Văn Tình gặp và làm việc với ông Hầu Thế Vỹ.")
    evs = events_of(t, ("DATE", "3/5"), ("PER", "Lạc Văn Tình"), ("POS", "Phó Chủ tịch UBND tỉnh"),
                    ("LOC", "Sơn Hà"), ("PER", "Kiều Minh Đạt"), ("DATE", "4/5"),
                    ("PER", "Lạc Văn Tình"), ("PER", "Hầu Thế Vỹ"))
    assert [(e.trigger, e.type, e.date) for e in evs] == [
        ("làm việc và tiếp xã giao", "working_session", "3/5"),
        ("gặp và làm việc", "working_session", "4/5")]
    assert names(evs[0]) == ["Lạc Văn Tình", "Kiều Minh Đạt"]
    assert names(evs[1]) == ["Lạc Văn Tình", "Hầu Thế Vỹ"]


def test_thuc_tien_is_no_farewell():
    t = "Tạp chí Lý luận và thực tiễn thăm tỉnh Hòa Sơn. Chủ tịch tỉnh tiễn đoàn."
    assert [(t[s:e], typ) for s, e, typ in find_triggers(t, 0, len(t))] == [
        ("thăm", "visit"), ("tiễn", "farewell")]


def test_a_meeting_named_again_with_nay_is_no_new_event():
    t = ("Ngày 8/3, ông Vi Thành Đô, Phó Chủ tịch UBND tỉnh Hòa Sơn, tiếp ông Peter Lorn. "
         "Ông Peter Lorn tin tưởng, buổi làm việc này sẽ mở ra nhiều cơ hội hợp tác.")
    evs = events_of(t, ("DATE", "8/3"), ("PER", "Vi Thành Đô"), ("POS", "Phó Chủ tịch UBND tỉnh Hòa Sơn"),
                    ("PER", "Peter Lorn"), ("PER", "Peter Lorn"))
    assert [(e.trigger, e.type) for e in evs] == [("tiếp", "reception")]
    assert names(evs[0]) == ["Vi Thành Đô", "Peter Lorn"]


def test_those_who_also_welcome_the_delegation_join_the_welcome():
    t = ("Chiều 2/4, Thủ tướng Hà Minh Khôi đến sân bay Tân Cảng, bắt đầu chuyến thăm chính thức "
         "nước Ban-đa. Đón Thủ tướng Hà Minh Khôi tại sân bay có Bộ trưởng Ngoại giao Ban-đa Ro-ma Li. "
         "Cùng đón đoàn có Đại sứ Việt Nam tại Ban-đa Lò Thị Hạnh.")
    evs = events_of(t, ("DATE", "2/4"), ("POS", "Thủ tướng"), ("PER", "Hà Minh Khôi"),
                    ("LOC", "Ban-đa"), ("POS", "Thủ tướng"), ("PER", "Hà Minh Khôi"),
                    ("POS", "Bộ trưởng Ngoại giao Ban-đa"), ("PER", "Ro-ma Li"),
                    ("POS", "Đại sứ Việt Nam tại Ban-đa"), ("PER", "Lò Thị Hạnh"))
    assert [e.type for e in evs] == ["visit", "welcome"]
    assert names(evs[1]) == ["Hà Minh Khôi", "Ro-ma Li", "Lò Thị Hạnh"]


def test_the_host_receiving_the_visitor_of_a_one_day_visit_restates_the_visit():
    t = ("Ngày 5/6, Đại sứ Lê Văn Toàn đã có chuyến thăm và làm việc tại thành phố Bơ-rên. "
         "Thị trưởng Ô-li Bec tiếp và làm việc với Đại sứ Lê Văn Toàn.")
    evs = events_of(t, ("DATE", "5/6"), ("POS", "Đại sứ"), ("PER", "Lê Văn Toàn"), ("LOC", "Bơ-rên"),
                    ("POS", "Thị trưởng"), ("PER", "Ô-li Bec"), ("POS", "Đại sứ"), ("PER", "Lê Văn Toàn"))
    assert [(e.type, e.date) for e in evs] == [("visit", "5/6")]
    assert names(evs[0]) == ["Lê Văn Toàn", "Ô-li Bec"]


def test_a_reception_of_the_visitor_during_a_trip_of_several_days_is_its_own_event():
    t = ("Tổng thống Mác Lơ-ven đang có chuyến thăm cấp Nhà nước tới Việt Nam từ ngày 9 đến ngày 12-9 "
         "theo lời mời của Chủ tịch nước. "
         "Chủ tịch Quốc hội Trần Văn Sơn tiếp Tổng thống Mác Lơ-ven.")
    evs = events_of(t, ("POS", "Tổng thống"), ("PER", "Mác Lơ-ven"), ("LOC", "Việt Nam"),
                    ("DATE", "ngày 9"), ("DATE", "ngày 12-9"), ("POS", "Chủ tịch Quốc hội"),
                    ("PER", "Trần Văn Sơn"), ("POS", "Tổng thống"), ("PER", "Mác Lơ-ven"))
    assert [e.type for e in evs] == ["visit", "reception"]
    assert names(evs[1]) == ["Trần Văn Sơn", "Mác Lơ-ven"]


def test_meeting_the_bare_delegation_again_tells_the_same_occasion():
    t = ("Sáng 7/9, ông Tạ Quang Lộc, Chủ tịch UBND tỉnh Hòa Sơn, tiếp xã giao ông Hen-ri Bô, "
         "Chủ tịch Nhóm Nghị sĩ hữu nghị. Ông Tạ Quang Lộc rất vui khi gặp gỡ đoàn và giới thiệu "
         "về tỉnh. Chiều 7/9, ông Tạ Quang Lộc làm việc với đoàn công tác của tỉnh Gia Bình.")
    evs = events_of(t, ("DATE", "7/9"), ("PER", "Tạ Quang Lộc"), ("POS", "Chủ tịch UBND tỉnh Hòa Sơn"),
                    ("PER", "Hen-ri Bô"), ("POS", "Chủ tịch Nhóm Nghị sĩ hữu nghị"),
                    ("PER", "Tạ Quang Lộc"), ("DATE", "7/9"), ("PER", "Tạ Quang Lộc"), ("LOC", "Gia Bình"))
    assert [e.type for e in evs] == ["reception", "working_session"]
    assert names(evs[0]) == ["Tạ Quang Lộc", "Hen-ri Bô"]


def test_attending_the_ceremony_just_told_joins_that_signing():
    t = ("Sáng 20/12, tại tỉnh Hòa Sơn, ông Lò Văn Mạnh, Bí thư Tỉnh ủy Hòa Sơn và ông Sổm Phết, "
         "Tỉnh trưởng tỉnh Bò Kẹo đã ký kết Bản ghi nhớ hợp tác. "
         "Ông Nguyễn Tiến Đạt, Phó Chủ tịch UBND tỉnh Hòa Sơn, tham dự buổi lễ.")
    evs = events_of(t, ("DATE", "20/12"), ("LOC", "Hòa Sơn"), ("PER", "Lò Văn Mạnh"),
                    ("POS", "Bí thư Tỉnh ủy Hòa Sơn"), ("PER", "Sổm Phết"), ("POS", "Tỉnh trưởng tỉnh Bò Kẹo"),
                    ("PER", "Nguyễn Tiến Đạt"), ("POS", "Phó Chủ tịch UBND tỉnh Hòa Sơn"))
    assert [e.type for e in evs] == ["signing"]
    assert names(evs[0]) == ["Lò Văn Mạnh", "Sổm Phết", "Nguyễn Tiến Đạt"]


def test_a_second_pair_of_bodies_signing_in_the_sentence_signs_on_its_own():
    t = ("Tỉnh ủy Hòa Phong và Tỉnh ủy Noong-khai đã ký kết thỏa thuận khung; tỉnh Hòa Phong và "
         "châu Bạch Vân đã ký hợp tác toàn diện, làm nền tảng cho quan hệ giữa Việt Nam và Lào.")
    evs = events_of(t, ("ORG", "Tỉnh ủy Hòa Phong"), ("ORG", "Tỉnh ủy Noong-khai"), ("LOC", "Hòa Phong"),
                    ("LOC", "Bạch Vân"), ("LOC", "Việt Nam"), ("LOC", "Lào"))
    assert [(e.trigger, e.type) for e in evs] == [("ký kết", "signing"), ("ký", "signing")]
    assert "Bạch Vân" not in evs[0].organisations
    assert evs[1].organisations == ["Hòa Phong", "Bạch Vân"]


def test_talks_and_a_signing_between_two_bodies_are_both_between_them():
    t = ("Ngày 12/9, tại Bạch Vân sẽ diễn ra cuộc hội đàm và ký kết thỏa thuận hợp tác giữa "
         "Hội Nông dân Hòa Phong và Hội Nông dân Noong-khai nhằm đánh giá kết quả giai đoạn 2020-2024.")
    evs = events_of(t, ("DATE", "Ngày 12/9"), ("LOC", "Bạch Vân"), ("ORG", "Hội Nông dân Hòa Phong"),
                    ("ORG", "Hội Nông dân Noong-khai"), ("DATE", "2020-2024"))
    assert [(e.trigger, e.type, e.date) for e in evs] == [
        ("hội đàm", "talks", "Ngày 12/9"), ("ký kết", "signing", "Ngày 12/9")]
    assert {"Hội Nông dân Hòa Phong", "Hội Nông dân Noong-khai"} <= set(evs[0].organisations)
    assert evs[1].organisations == ["Hội Nông dân Hòa Phong", "Hội Nông dân Noong-khai"]


def test_the_agreement_the_two_sides_signed_before_is_between_the_bodies_of_the_occasion():
    t = ("Ngày 3/5, Chủ tịch UBND tỉnh Hòa Phong Trần Minh Khoa tiếp đoàn tỉnh Noong-khai. "
         "Hai bên nhất trí thúc đẩy hợp tác trên nhiều lĩnh vực. Tập trung triển khai biên bản hợp tác "
         "đã ký kết năm 2019 và chuẩn bị kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào.")
    evs = events_of(t, ("DATE", "Ngày 3/5"), ("POS", "Chủ tịch UBND tỉnh"), ("LOC", "Hòa Phong"),
                    ("PER", "Trần Minh Khoa"), ("LOC", "Noong-khai"), ("DATE", "năm 2019"),
                    ("LOC", "Việt Nam"), ("LOC", "Lào"))
    assert [(e.trigger, e.type, e.date) for e in evs] == [
        ("tiếp", "reception", "Ngày 3/5"), ("ký kết", "signing", "năm 2019")]
    assert evs[1].organisations == evs[0].organisations and "Lào" not in evs[1].organisations


def test_a_sentence_naming_the_head_of_the_delegation_joins_the_event():
    t = ("Sáng 3/5, Chủ tịch UBND tỉnh Trần Văn Khải tiếp Đoàn doanh nghiệp xứ Gờ-len. "
         "Ông Đa-vít Mo-gân, Giám đốc Công ty Sao Biển, làm trưởng đoàn.")
    evs = events_of(t, ("DATE", "3/5"), ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Trần Văn Khải"),
                    ("PER", "Đa-vít Mo-gân"), ("POS", "Giám đốc Công ty Sao Biển"))
    assert len(evs) == 1
    assert names(evs[0]) == ["Trần Văn Khải", "Đa-vít Mo-gân"]


def test_a_date_ending_a_sentence_is_no_abbreviation():
    from vnmeet.inference.events.triggers import sentences
    t = "Đoàn đến thăm tỉnh Hòa Phong ngày 27/2. Hai bên trao đổi về hợp tác. TS. Lê Văn An phát biểu."
    assert [t[s:e] for s, e in sentences(t)] == [
        "Đoàn đến thăm tỉnh Hòa Phong ngày 27/2.", "Hai bên trao đổi về hợp tác.", "TS. Lê Văn An phát biểu."]


def test_the_airport_welcome_and_the_official_welcome_ceremony_are_two_welcomes():
    t = ("Chiều 7/5, Thủ tướng Lê Văn Hà đến Oen-lin-tơn, bắt đầu thăm chính thức Niu Di-lân. "
         "Nghị sĩ Mai-cơn Gờ-rin đón Thủ tướng Lê Văn Hà tại sân bay. "
         "Ngay sau lễ đón chính thức, Thủ tướng Lê Văn Hà hội đàm với Thủ tướng Giên Mác-li.")
    evs = events_of(t, ("DATE", "7/5"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Hà"),
                    ("LOC", "Oen-lin-tơn"), ("LOC", "Niu Di-lân"), ("POS", "Nghị sĩ"),
                    ("PER", "Mai-cơn Gờ-rin"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Hà"),
                    ("POS", "Thủ tướng"), ("PER", "Lê Văn Hà"), ("POS", "Thủ tướng"),
                    ("PER", "Giên Mác-li"))
    welcomes = [names(e) for e in evs if e.type == "welcome"]
    assert welcomes == [["Mai-cơn Gờ-rin", "Lê Văn Hà"], ["Lê Văn Hà", "Giên Mác-li"]]


def test_a_meeting_named_after_before_frames_the_sentence_and_is_not_its_event():
    t = ("Trước cuộc gặp gỡ của các Bí thư Tỉnh ủy, sáng 12/3, Bí thư Tỉnh ủy Hà Văn Lâm đã có "
         "buổi tiếp xã giao Đại sứ Lý Minh Huy.")
    evs = events_of(t, ("POS", "Bí thư Tỉnh ủy"), ("DATE", "12/3"), ("POS", "Bí thư Tỉnh ủy"),
                    ("PER", "Hà Văn Lâm"), ("POS", "Đại sứ"), ("PER", "Lý Minh Huy"))
    assert [(e.trigger, e.type, names(e)) for e in evs if e.type == "reception"] == [
        ("tiếp xã giao", "reception", ["Hà Văn Lâm", "Lý Minh Huy"])]
    assert all(names(e) != ["Hà Văn Lâm", "Lý Minh Huy"] for e in evs if e.type == "other")


def test_plural_receptions_of_delegations_from_listed_places_are_one_event_each():
    t = ("Ngày 4/5, Chủ tịch UBND tỉnh Trần Văn Bình có các buổi tiếp những đoàn khách đến từ "
         "Ca-na-đa, Chi-lê và Ni-giê-ri-a.")
    evs = events_of(t, ("DATE", "Ngày 4/5"), ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Trần Văn Bình"),
                    ("LOC", "Ca-na-đa"), ("LOC", "Chi-lê"), ("LOC", "Ni-giê-ri-a"))
    assert [(e.type, names(e), e.organisations) for e in evs] == [
        ("reception", ["Trần Văn Bình"], ["Ca-na-đa"]),
        ("reception", ["Trần Văn Bình"], ["Chi-lê"]),
        ("reception", ["Trần Văn Bình"], ["Ni-giê-ri-a"])]


def test_plural_meetings_held_at_a_place_are_not_split_by_it():
    t = ("Tháng 3/2021, tỉnh Hòa Phong và vùng Bơ-ret-tan đã có những cuộc gặp gỡ thảo luận tại "
         "Ren, Pháp.")
    evs = events_of(t, ("DATE", "Tháng 3/2021"), ("LOC", "Hòa Phong"), ("LOC", "Bơ-ret-tan"),
                    ("LOC", "Ren"), ("LOC", "Pháp"))
    assert len(evs) == 1


def test_a_dated_meeting_of_another_kind_with_other_people_is_not_the_headlines_lead():
    t = ("Chủ tịch Quốc hội Đỗ Văn Long tiếp Đại sứ Ca-lốt Mê-na.\n"
         "Chủ tịch Quốc hội Đỗ Văn Long đã có cuộc hội đàm trực tuyến với Chủ tịch Quốc hội "
         "Hu-an Pê-rết vào tháng 9.")
    evs = events_of(t, ("POS", "Chủ tịch Quốc hội"), ("PER", "Đỗ Văn Long"), ("POS", "Đại sứ"),
                    ("PER", "Ca-lốt Mê-na"), ("POS", "Chủ tịch Quốc hội"), ("PER", "Đỗ Văn Long"),
                    ("POS", "Chủ tịch Quốc hội"), ("PER", "Hu-an Pê-rết"), ("DATE", "tháng 9"))
    assert [(e.type, names(e)) for e in evs] == [
        ("reception", ["Đỗ Văn Long", "Ca-lốt Mê-na"]),
        ("talks", ["Đỗ Văn Long", "Hu-an Pê-rết"])]


def test_a_meeting_between_two_named_sides_mentioned_in_passing_is_an_event():
    t = ("Sáng 9/8, Chủ tịch Quốc hội Vũ Thị Lan tiếp Phó Chủ tịch Thượng viện Xô-phon Kẹo. "
         "Phát biểu tại buổi tiếp, Chủ tịch Quốc hội Vũ Thị Lan hoan nghênh kết quả của cuộc "
         "hội đàm sáng nay giữa Phó Chủ tịch Thượng viện Xô-phon Kẹo và Phó Chủ tịch Quốc hội "
         "Lò Văn Thào.")
    evs = events_of(t, ("DATE", "9/8"), ("POS", "Chủ tịch Quốc hội"), ("PER", "Vũ Thị Lan"),
                    ("POS", "Phó Chủ tịch Thượng viện"), ("PER", "Xô-phon Kẹo"),
                    ("POS", "Chủ tịch Quốc hội"), ("PER", "Vũ Thị Lan"),
                    ("POS", "Phó Chủ tịch Thượng viện"), ("PER", "Xô-phon Kẹo"),
                    ("POS", "Phó Chủ tịch Quốc hội"), ("PER", "Lò Văn Thào"))
    talks = [e for e in evs if e.type == "talks"]
    assert [(e.trigger, e.date, names(e)) for e in talks] == [
        ("hội đàm", "9/8", ["Xô-phon Kẹo", "Lò Văn Thào"])]


def test_a_working_meeting_gap_lam_viec_is_one_working_session():
    t = "Ngày 5/4, Đại sứ Trần Văn Hùng có cuộc gặp làm việc với Thị trưởng Mác-cô Rốt-xi."
    evs = events_of(t, ("DATE", "Ngày 5/4"), ("POS", "Đại sứ"), ("PER", "Trần Văn Hùng"),
                    ("POS", "Thị trưởng"), ("PER", "Mác-cô Rốt-xi"))
    assert [(e.trigger, e.type, names(e)) for e in evs] == [
        ("gặp làm việc", "working_session", ["Trần Văn Hùng", "Mác-cô Rốt-xi"])]


def test_a_list_of_agreements_with_dates_of_their_own_is_one_signing_each():
    t = ("Tỉnh Hòa Phong đã ký bản ghi nhớ hợp tác với tỉnh Noong-khai giai đoạn 2021 - 2025 "
         "(12/3/2020); với tỉnh Bò Kẹo (5/8/2018); thỏa thuận giữa Hội Nông dân Hòa Phong và "
         "Hội Nông dân Bạch Vân (9/1/2019);…")
    evs = events_of(t, ("LOC", "Hòa Phong"), ("LOC", "Noong-khai"), ("DATE", "2021 - 2025"),
                    ("DATE", "12/3/2020"), ("LOC", "Bò Kẹo"), ("DATE", "5/8/2018"),
                    ("ORG", "Hội Nông dân Hòa Phong"), ("ORG", "Hội Nông dân Bạch Vân"), ("DATE", "9/1/2019"))
    assert [(e.trigger, e.date, e.organisations) for e in evs] == [
        ("ký", "12/3/2020", ["Hòa Phong", "Noong-khai"]),
        ("ký", "5/8/2018", ["Hòa Phong", "Bò Kẹo"]),
        ("ký", "9/1/2019", ["Hòa Phong", "Hội Nông dân Hòa Phong", "Hội Nông dân Bạch Vân"])]


def test_a_signing_whose_clauses_share_one_date_is_no_list():
    t = ("Ngày 4/6, tỉnh Hòa Phong và tỉnh Noong-khai đã ký kết bản ghi nhớ; hai bên nhất trí "
         "tăng cường hợp tác với tỉnh Bò Kẹo.")
    evs = events_of(t, ("DATE", "Ngày 4/6"), ("LOC", "Hòa Phong"), ("LOC", "Noong-khai"), ("LOC", "Bò Kẹo"))
    assert [(e.trigger, e.date) for e in evs] == [("ký kết", "Ngày 4/6")]


def test_many_documents_signed_over_years_are_no_signing_but_at_a_ceremony_they_are():
    t = ("Ngày 3/5, Chủ tịch Trần Văn Bảo tiếp Tỉnh trưởng Kham Sy. Hai bên thường xuyên trao đổi "
         "đoàn, ký kết nhiều văn bản hợp tác giữa tỉnh Hòa Phong và tỉnh Noong-khai.")
    evs = events_of(t, ("DATE", "Ngày 3/5"), ("PER", "Trần Văn Bảo"), ("PER", "Kham Sy"),
                    ("LOC", "Hòa Phong"), ("LOC", "Noong-khai"))
    assert [e.type for e in evs] == ["reception"]
    t = "Ngày 3/5, Chủ tịch Trần Văn Bảo và Tỉnh trưởng Kham Sy ký kết nhiều văn bản hợp tác."
    evs = events_of(t, ("DATE", "Ngày 3/5"), ("PER", "Trần Văn Bảo"), ("PER", "Kham Sy"))
    assert [(e.type, names(e)) for e in evs] == [("signing", ["Trần Văn Bảo", "Kham Sy"])]


def test_a_signing_coordinated_with_talks_of_the_two_leaders_is_theirs():
    t = ("Sáng 21/11, Chủ tịch Quốc hội Trần Văn An đón Chủ tịch Quốc hội Kim Min-su tại Nhà Quốc hội. "
         "Sau lễ đón, hai lãnh đạo hội đàm và chứng kiến lễ ký kết Bản ghi nhớ về hợp tác.")
    evs = events_of(t, ("DATE", "21/11"), ("POS", "Chủ tịch Quốc hội"), ("PER", "Trần Văn An"),
                    ("POS", "Chủ tịch Quốc hội"), ("PER", "Kim Min-su"), ("ORG", "Nhà Quốc hội"))
    assert [(e.type, names(e)) for e in evs][-2:] == [
        ("talks", ["Trần Văn An", "Kim Min-su"]), ("signing", ["Trần Văn An", "Kim Min-su"])]


def test_a_caption_naming_another_pair_that_signs_is_another_signing():
    t = ("Ngày 5/9, hai tỉnh đã ký biên bản hợp tác giữa tỉnh Hòa Phong và tỉnh Noong-khai. "
         "Lãnh đạo tỉnh Hòa Phong - Bò Kẹo ký biên bản thỏa thuận hợp tác. (Ảnh: Báo Hòa Phong)")
    evs = events_of(t, ("DATE", "Ngày 5/9"), ("LOC", "Hòa Phong"), ("LOC", "Noong-khai"),
                    ("LOC", "Hòa Phong"), ("LOC", "Bò Kẹo"))
    assert [(e.type, e.organisations) for e in evs] == [
        ("signing", ["Hòa Phong", "Noong-khai"]), ("signing", ["Hòa Phong", "Bò Kẹo"])]


def test_a_caption_naming_the_same_pair_or_an_unnamed_body_restates_the_signing():
    t = ("Ngày 5/9, hai tỉnh đã ký biên bản hợp tác giữa tỉnh Hòa Phong và tỉnh Noong-khai. "
         "Lãnh đạo tỉnh Noong-khai - Hòa Phong ký biên bản thỏa thuận hợp tác.")
    evs = events_of(t, ("DATE", "Ngày 5/9"), ("LOC", "Hòa Phong"), ("LOC", "Noong-khai"),
                    ("LOC", "Noong-khai"), ("LOC", "Hòa Phong"))
    assert [e.type for e in evs] == ["signing"]
    t = ("Ngày 5/9, Ủy ban nhân dân tỉnh và Văn phòng tỉnh Noong-khai ký kết biên bản. "
         "Lãnh đạo tỉnh Hòa Phong và tỉnh Noong-khai đã ký kết biên bản.")
    evs = events_of(t, ("DATE", "Ngày 5/9"), ("ORG", "Ủy ban nhân dân tỉnh"), ("ORG", "Văn phòng tỉnh Noong-khai"),
                    ("LOC", "Hòa Phong"), ("LOC", "Noong-khai"))
    assert [e.type for e in evs] == ["signing"]


def test_an_agreement_the_two_ministers_signed_is_between_the_bodies_of_their_meeting():
    t = ("Ngày 11/8, Bộ trưởng Trần Văn Bảo làm việc với Bộ trưởng Kim Min-su tại Xơ-un, Hàn Quốc. "
         "Hai Bộ trưởng rà soát kết quả thực hiện chương trình hành động được ký kết vào tháng 4/2025.")
    evs = events_of(t, ("DATE", "Ngày 11/8"), ("POS", "Bộ trưởng"), ("PER", "Trần Văn Bảo"),
                    ("POS", "Bộ trưởng"), ("PER", "Kim Min-su"), ("LOC", "Xơ-un"), ("LOC", "Hàn Quốc"),
                    ("DATE", "tháng 4/2025"))
    assert [(e.type, e.date) for e in evs] == [("working_session", "Ngày 11/8"), ("signing", "tháng 4/2025")]
    assert evs[1].organisations == evs[0].organisations


def test_two_bodies_that_agree_to_sign_a_document_sign_it_but_a_plan_to_sign_does_not():
    t = ("Ngày 6/3, Sở Ngoại vụ tỉnh Hòa Phong hội đàm với Văn phòng Đối ngoại tỉnh Noong-khai. "
         "Sở Ngoại vụ tỉnh Hòa Phong và Văn phòng Đối ngoại tỉnh Noong-khai nhất trí ký Thỏa thuận "
         "về cơ chế hội đàm.")
    ents = (("DATE", "Ngày 6/3"), ("ORG", "Sở Ngoại vụ tỉnh Hòa Phong"), ("ORG", "Văn phòng Đối ngoại tỉnh Noong-khai"),
            ("ORG", "Sở Ngoại vụ tỉnh Hòa Phong"), ("ORG", "Văn phòng Đối ngoại tỉnh Noong-khai"))
    evs = events_of(t, *ents)
    assert [(e.type, e.date) for e in evs] == [("talks", "Ngày 6/3"), ("signing", "Ngày 6/3")]
    evs = events_of(t.replace("nhất trí ký", "nhất trí sẽ ký"), *ents)
    assert [e.type for e in evs] == ["talks"]


def test_a_document_signed_late_in_a_month_is_a_past_signing():
    t = ("Ngày 17/7, Sở Ngoại vụ tỉnh Hòa Phong hội đàm với Văn phòng Đối ngoại tỉnh Noong-khai về "
         "thông cáo chung giữa tỉnh Hòa Phong và tỉnh Noong-khai đã ký vào cuối tháng 2/2025.")
    evs = events_of(t, ("DATE", "Ngày 17/7"), ("ORG", "Sở Ngoại vụ tỉnh Hòa Phong"),
                    ("ORG", "Văn phòng Đối ngoại tỉnh Noong-khai"), ("LOC", "Hòa Phong"), ("LOC", "Noong-khai"),
                    ("DATE", "tháng 2/2025"))
    assert [(e.trigger, e.type, e.date) for e in evs] == [
        ("hội đàm", "talks", "Ngày 17/7"), ("ký", "signing", "tháng 2/2025")]
    assert "Noong-khai" in evs[1].organisations


def test_an_agreement_signed_before_with_no_party_near_it_is_between_the_bodies_of_its_sentence():
    t = ("Ngày 14/10/2021, Sở Ngoại vụ làm việc với Công ty Sao Biển thuộc tỉnh Gờ-ri-nơ về việc "
         "triển khai và mở rộng thỏa thuận đã ký năm 2020 về hợp tác phát triển.")
    evs = events_of(t, ("DATE", "Ngày 14/10/2021"), ("ORG", "Sở Ngoại vụ"), ("ORG", "Công ty Sao Biển"),
                    ("LOC", "Gờ-ri-nơ"), ("DATE", "năm 2020"))
    assert [(e.trigger, e.type, e.date) for e in evs] == [
        ("làm việc", "working_session", "Ngày 14/10/2021"), ("ký", "signing", "năm 2020")]
    assert {"Sở Ngoại vụ", "Công ty Sao Biển"} <= set(evs[1].organisations)


def test_asia_ending_a_sentence_is_no_initial():
    from vnmeet.inference.events.triggers import sentences
    t = "Đoàn dự hội nghị tại Đông Nam Á. Tại hội nghị, Nguyễn V. A. phát biểu."
    assert [t[s:e] for s, e in sentences(t)] == [
        "Đoàn dự hội nghị tại Đông Nam Á.", "Tại hội nghị, Nguyễn V. A. phát biểu."]


def test_an_attendance_in_a_photo_caption_shows_the_meeting_told_in_the_body():
    t = ("Ngày 3/4, Chủ tịch UBND tỉnh Lê Văn Hòa làm việc với Thống đốc Ivan Petrov và "
         "Chủ tịch Hội đồng Pavel Orlov.\n"
         "Thống đốc Ivan Petrov và Chủ tịch Hội đồng Pavel Orlov tham dự cuộc làm việc. Ảnh: Minh An\n"
         "Hai bên trao đổi về hợp tác giáo dục.")
    evs = events_of(t, ("DATE", "3/4"), ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Lê Văn Hòa"),
                    ("POS", "Thống đốc"), ("PER", "Ivan Petrov"), ("POS", "Chủ tịch Hội đồng"),
                    ("PER", "Pavel Orlov"), ("POS", "Thống đốc"), ("PER", "Ivan Petrov"),
                    ("POS", "Chủ tịch Hội đồng"), ("PER", "Pavel Orlov"), ("PER", "Minh An"))
    assert [(e.trigger, names(e)) for e in evs] == [
        ("làm việc", ["Lê Văn Hòa", "Ivan Petrov", "Pavel Orlov"])]


def test_a_caption_naming_someone_new_keeps_its_own_meeting():
    t = ("Ngày 3/4, Chủ tịch UBND tỉnh Lê Văn Hòa làm việc với Thống đốc Ivan Petrov.\n"
         "Ông Lê Văn Hòa gặp gỡ Đại sứ Anna Berg. Ảnh: Minh An\n")
    evs = events_of(t, ("DATE", "3/4"), ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Lê Văn Hòa"),
                    ("POS", "Thống đốc"), ("PER", "Ivan Petrov"), ("PER", "Lê Văn Hòa"),
                    ("POS", "Đại sứ"), ("PER", "Anna Berg"), ("PER", "Minh An"))
    assert [e.trigger for e in evs] == ["làm việc", "gặp gỡ"]


def test_receiving_a_gift_is_no_welcome():
    t = ("Tỉnh Hòa Định đón hai món quà của Chính phủ nước Xavia. "
         "Ngày 5/3, Bí thư Tỉnh ủy Lê Văn Hòa đón Đại sứ Anna Berg tại sân bay.")
    assert [s for s, _, _ in find_triggers(t, 0, len(t))] == [t.index("đón Đại sứ")]


def test_a_courtesy_call_told_with_the_reception_is_that_reception():
    t = ("Chiều 8/5, Phó Chủ tịch UBND tỉnh Lê Văn Hòa đã có buổi tiếp và làm việc với bà "
         "Anna Berg, Tổng lãnh sự Xavia, cùng đoàn công tác đến thăm, chào xã giao.")
    evs = events_of(t, ("DATE", "8/5"), ("POS", "Phó Chủ tịch UBND tỉnh"), ("PER", "Lê Văn Hòa"),
                    ("PER", "Anna Berg"), ("POS", "Tổng lãnh sự"), ("LOC", "Xavia"))
    assert [(e.type, names(e)) for e in evs] == [("reception", ["Lê Văn Hòa", "Anna Berg"])]


def test_a_spouse_listed_after_the_visitor_goes_along_on_the_visit():
    t = ("Thủ tướng Trần Minh Khải và Phu nhân bắt đầu thăm chính thức Xanđia ngày 4/5. "
         "Thủ tướng Trần Minh Khải, Phu nhân Lê Thu Hằng và Đoàn đại biểu đã tới sân bay Ralo. "
         "Thủ tướng Trần Minh Khải hội đàm với Tổng thống Paulo Vessin, Phu nhân Ana Vessin dự tiệc.")
    evs = events_of(t, ("POS", "Thủ tướng"), ("PER", "Trần Minh Khải"), ("LOC", "Xanđia"),
                    ("DATE", "4/5"), ("POS", "Thủ tướng"), ("PER", "Trần Minh Khải"),
                    ("PER", "Lê Thu Hằng"), ("LOC", "Ralo"), ("POS", "Thủ tướng"),
                    ("PER", "Trần Minh Khải"), ("POS", "Tổng thống"), ("PER", "Paulo Vessin"),
                    ("PER", "Ana Vessin"))
    visit = next(e for e in evs if e.type == "visit")
    assert names(visit) == ["Trần Minh Khải", "Lê Thu Hằng"]
    assert all("Ana Vessin" not in names(e) for e in evs if e.type == "visit")



def test_a_spouse_named_with_and_after_the_visitors_titles_goes_along_on_the_visit():
    t = ("Trưa 3-5, Chủ tịch UBND tỉnh Lê Văn Hòa hội kiến bà Anna Berg, Toàn quyền Niu Di-lân "
         "và phu quân của bà là ông Erik Berg. Chiều cùng ngày, bà Anna Berg và phu quân cùng đoàn đã "
         "thăm Trường Đại học Hòa Bình.")
    evs = events_of(t, ("DATE", "3-5"), ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Lê Văn Hòa"),
                    ("PER", "Anna Berg"), ("POS", "Toàn quyền Niu Di-lân"), ("PER", "Erik Berg"),
                    ("PER", "Anna Berg"), ("ORG", "Trường Đại học Hòa Bình"))
    assert [(e.type, names(e)) for e in evs] == [
        ("talks", ["Lê Văn Hòa", "Anna Berg", "Erik Berg"]), ("visit", ["Anna Berg", "Erik Berg"])]


def test_a_delegation_received_is_its_leaders_whichever_way_its_body_places_the_tone():
    t = ("Ngày 3/4, Đoàn đại biểu Huyện uỷ Lạc Dương do đồng chí Mã Tiến Hòa, Phó Bí thư Huyện uỷ, "
         "làm Trưởng đoàn đã sang thăm và làm việc tại tỉnh Bình Khê. "
         "Chiều cùng ngày, Bí thư Tỉnh ủy Đào Văn Kiệt tiếp đoàn đại biểu Huyện ủy Lạc Dương tại trụ sở Tỉnh ủy.")
    evs = events_of(t, ("DATE", "3/4"), ("ORG", "Huyện uỷ Lạc Dương"), ("PER", "Mã Tiến Hòa"),
                    ("POS", "Phó Bí thư Huyện uỷ"), ("LOC", "Bình Khê"),
                    ("POS", "Bí thư Tỉnh ủy"), ("PER", "Đào Văn Kiệt"),
                    ("ORG", "Huyện ủy Lạc Dương"), ("ORG", "Tỉnh ủy"))
    reception = next(e for e in evs if e.type == "reception")
    assert names(reception) == ["Đào Văn Kiệt", "Mã Tiến Hòa"]


def test_those_who_co_chair_the_occasion_just_told_take_part_in_it():
    t = ("Ngày 9/6, Việt Nam và Xanđia hội đàm về hợp tác an ninh tại Hà Nội. "
         "Phiên họp do ông Karel Venn, Thứ trưởng Bộ Nội vụ Xanđia và Thượng tướng Lý Văn Đạt "
         "đồng chủ trì.")
    evs = events_of(t, ("DATE", "9/6"), ("LOC", "Việt Nam"), ("LOC", "Xanđia"), ("LOC", "Hà Nội"),
                    ("PER", "Karel Venn"), ("POS", "Thứ trưởng Bộ Nội vụ Xanđia"),
                    ("POS", "Thượng tướng"), ("PER", "Lý Văn Đạt"))
    assert len(evs) == 1
    assert names(evs[0]) == ["Karel Venn", "Lý Văn Đạt"]


def test_a_companion_line_naming_only_the_delegation_joins_every_visit_of_its_trip():
    t = ("Từ ngày 2 đến ngày 5/3, Đoàn đại biểu tỉnh Bình Khê do đồng chí Vi Văn Tâm, Bí thư Tỉnh ủy "
         "làm Trưởng đoàn sang thăm các tỉnh Ralo, Menta và Sori. "
         "Cùng tham gia Đoàn đại biểu tỉnh Bình Khê có các đồng chí: Lò Thị Mai, Phó Chủ tịch UBND tỉnh; "
         "Đinh Công Tú, Giám đốc Sở Ngoại vụ.")
    evs = events_of(t, ("DATE", "ngày 2"), ("DATE", "5/3"), ("LOC", "Bình Khê"),
                    ("PER", "Vi Văn Tâm"), ("POS", "Bí thư Tỉnh ủy"), ("LOC", "Ralo"),
                    ("LOC", "Menta"), ("LOC", "Sori"), ("LOC", "Bình Khê"), ("PER", "Lò Thị Mai"),
                    ("POS", "Phó Chủ tịch UBND tỉnh"), ("PER", "Đinh Công Tú"),
                    ("POS", "Giám đốc Sở Ngoại vụ"))
    visits = [e for e in evs if e.type == "visit"]
    assert len(visits) == 3
    assert all(names(e) == ["Vi Văn Tâm", "Lò Thị Mai", "Đinh Công Tú"] for e in visits)


def test_companions_of_all_activities_join_the_meetings_of_the_person_they_go_with():
    t = ("Ngày 7/5, Bộ trưởng Hà Quang Vĩnh đã tới Ralo, bắt đầu thăm chính thức Xanđia. "
         "Cùng tham dự các hoạt động với Bộ trưởng Hà Quang Vĩnh có Thứ trưởng Tạ Minh Khoa. "
         "Chiều cùng ngày, Bộ trưởng Hà Quang Vĩnh hội đàm với Bộ trưởng Nội vụ Xanđia Osvan Terri.")
    evs = events_of(t, ("DATE", "7/5"), ("POS", "Bộ trưởng"), ("PER", "Hà Quang Vĩnh"),
                    ("LOC", "Ralo"), ("LOC", "Xanđia"), ("POS", "Bộ trưởng"),
                    ("PER", "Hà Quang Vĩnh"), ("POS", "Thứ trưởng"), ("PER", "Tạ Minh Khoa"),
                    ("POS", "Bộ trưởng"), ("PER", "Hà Quang Vĩnh"),
                    ("POS", "Bộ trưởng Nội vụ Xanđia"), ("PER", "Osvan Terri"))
    talks = next(e for e in evs if e.type == "talks")
    assert names(talks) == ["Hà Quang Vĩnh", "Osvan Terri", "Tạ Minh Khoa"]


def test_people_who_go_along_with_the_delegation_join_its_visit_beside_its_leader():
    t = ("Sáng 4/9, đoàn công tác Đại sứ quán Xanđia do ngài Osvan Terri - Đại sứ Xanđia dẫn đầu "
         "đã đến thăm Khu công nghiệp Bình Lộc.\n"
         "Phó Chủ tịch UBND tỉnh Lê Văn Khải và lãnh đạo một số sở, ngành cùng đi với đoàn.")
    evs = events_of(t, ("DATE", "4/9"), ("PER", "Osvan Terri"), ("POS", "Đại sứ Xanđia"),
                    ("LOC", "Bình Lộc"), ("POS", "Phó Chủ tịch UBND tỉnh"), ("PER", "Lê Văn Khải"))
    assert [e.type for e in evs] == ["visit"]
    assert names(evs[0]) == ["Osvan Terri", "Lê Văn Khải"]


def test_host_who_thanks_the_guests_for_their_visit_joins_that_visit():
    t = ("Ngày 3/4, Đoàn đại biểu Xanđia do bà Osva Renta, Phó Thủ tướng Xanđia làm trưởng đoàn "
         "đã thăm tỉnh Bình Lộc.\n"
         "Thay mặt chính quyền và nhân dân tỉnh Bình Lộc, ông Lê Văn Khải, Bí thư Tỉnh ủy đã cảm ơn "
         "bà Osva Renta cùng đoàn đến thăm tỉnh.")
    evs = events_of(t, ("DATE", "3/4"), ("PER", "Osva Renta"), ("POS", "Phó Thủ tướng Xanđia"),
                    ("LOC", "Bình Lộc"), ("LOC", "Bình Lộc"), ("PER", "Lê Văn Khải"),
                    ("POS", "Bí thư Tỉnh ủy"), ("PER", "Osva Renta"))
    assert [e.type for e in evs] == ["visit"]
    assert names(evs[0]) == ["Osva Renta", "Lê Văn Khải"]


def test_host_who_greets_a_delegation_he_received_stays_out_of_its_visit():
    t = ("Ngày 3/4, Chủ tịch UBND tỉnh Lê Văn Khải tiếp ông Osvan Terri, Đại sứ Xanđia.\n"
         "Ông Osvan Terri đến thăm và làm việc tại tỉnh Bình Lộc từ ngày 3 đến 4/4.\n"
         "Thay mặt lãnh đạo tỉnh, ông Lê Văn Khải vui mừng được đón đoàn đến thăm tỉnh.")
    evs = events_of(t, ("DATE", "3/4"), ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Lê Văn Khải"),
                    ("PER", "Osvan Terri"), ("POS", "Đại sứ Xanđia"), ("PER", "Osvan Terri"),
                    ("LOC", "Bình Lộc"), ("DATE", "từ ngày 3 đến 4/4"), ("PER", "Lê Văn Khải"))
    visits = [e for e in evs if e.type == "visit"]
    assert all("Lê Văn Khải" not in names(e) for e in visits)


def test_members_listed_with_a_visitors_delegation_join_the_visit():
    t = ("Đại sứ Xanđia Osvan Terri thăm và làm việc tại tỉnh Bình Lộc ngày 5/6.\n"
         "Chiều 5/6, Đại sứ Osvan Terri cùng đoàn gồm ông Kiro Malde - Tham tán Văn hóa, "
         "ông Dano Vesk - Bí thư thứ nhất và các thành viên đã có cuộc làm việc với UBND tỉnh.")
    evs = events_of(t, ("POS", "Đại sứ Xanđia"), ("PER", "Osvan Terri"), ("LOC", "Bình Lộc"),
                    ("DATE", "5/6"), ("DATE", "Chiều 5/6"), ("POS", "Đại sứ"), ("PER", "Osvan Terri"),
                    ("PER", "Kiro Malde"), ("POS", "Tham tán Văn hóa"), ("PER", "Dano Vesk"),
                    ("POS", "Bí thư thứ nhất"))
    visit = next(e for e in evs if e.type == "visit")
    assert names(visit) == ["Osvan Terri", "Kiro Malde", "Dano Vesk"]


def test_hosts_listed_after_welcoming_the_delegation_join_its_visit():
    t = ("Ngày 10/4, Đoàn đại biểu tỉnh Bình Lộc do ông Lê Văn Khải làm trưởng đoàn đã đến thăm tỉnh Ralo.\n"
         "Đón tiếp đồng chí Lê Văn Khải và các thành viên Đoàn có đồng chí Osvan Terri, Tỉnh trưởng tỉnh Ralo.")
    evs = events_of(t, ("DATE", "10/4"), ("LOC", "Bình Lộc"), ("PER", "Lê Văn Khải"), ("LOC", "Ralo"),
                    ("PER", "Lê Văn Khải"), ("PER", "Osvan Terri"), ("POS", "Tỉnh trưởng tỉnh Ralo"))
    assert [e.type for e in evs] == ["visit"]
    assert names(evs[0]) == ["Lê Văn Khải", "Osvan Terri"]


def test_a_trip_after_the_head_of_a_delegation_is_not_the_subjects_doing():
    from vnmeet.inference.events.coordination import coordinated
    text = ("Hội Hữu nghị Lam Sơn đã gặp gỡ Đoàn Hội Cựu chiến binh Norvane do bà Elsa Quint, "
            "Phó Chủ tịch của hội này làm Trưởng đoàn, sang thăm Lam Sơn từ ngày 4-9/5.")
    trig = find_triggers(text, 0, len(text))
    main, trip = trig[0], trig[1]
    assert trip[2] == "visit"
    assert coordinated(text, trig, main) == []
    other = "Hội Hữu nghị Lam Sơn đã gặp gỡ Đoàn Hội Cựu chiến binh Norvane, thăm Bảo tàng Lam Sơn."
    trig = find_triggers(other, 0, len(other))
    assert coordinated(other, trig, trig[0]) == trig[1:]


def test_an_intended_trip_is_no_event():
    from vnmeet.inference.events.statements import states_event
    text = "Theo báo Lam Sơn, dự định công du của Tổng thống Varel đã bị hoãn lại."
    at = text.index("công du")
    assert not states_event(text, 0, at, False)
    text = "Thủ tướng Varel dự định thăm Lam Sơn."
    assert not states_event(text, 0, text.index("thăm"), False)


def test_a_meeting_named_after_day_la_restates_the_last_one():
    from vnmeet.inference.events.not_events import restated
    text = "Đây là cuộc hội đàm cấp cao Lam Sơn - Norvane đầu tiên sau 4 năm."
    trig = find_triggers(text, 0, len(text))
    assert trig and restated(text, 0, trig[0])
    visit = "Đây là chuyến thăm chính thức Lam Sơn đầu tiên của Tổng thống Varel."
    assert not restated(visit, 0, find_triggers(visit, 0, len(visit))[0])
    told = "Đó là đề nghị của Thủ tướng Varel trong buổi tiếp ông Elsa Quint."
    assert not restated(told, 0, find_triggers(told, 0, len(told))[0])


def test_a_full_stop_glued_to_the_next_sentence_ends_it_but_not_an_abbreviation():
    t = ("Đoàn thăm Hà Lan từ ngày 30/7-3/8.Phó Chủ tịch Lê Văn An cho biết đoàn đã thăm Oss."
         "Tại TP.HCM và Tp.Hồ Chí Minh, báo Tin.VN đưa tin.Cụ thể như sau")
    assert [t[a:b] for a, b in sentences(t)] == [
        "Đoàn thăm Hà Lan từ ngày 30/7-3/8.", "Phó Chủ tịch Lê Văn An cho biết đoàn đã thăm Oss.",
        "Tại TP.HCM và Tp.Hồ Chí Minh, báo Tin.VN đưa tin.", "Cụ thể như sau"]


def test_a_host_in_a_sentence_glued_to_the_next_keeps_to_his_own_reception():
    t = ("Ngày 3/8, tại La Hay, Đại sứ Trần Thị Mai đã tiếp đoàn đại biểu tỉnh Hòa Phong do "
         "ông Lê Văn An dẫn đầu.Ông Lê Văn An cho biết đoàn đã làm việc với chính quyền thành phố "
         "Oss, đánh giá cao chuyến thăm của Thủ tướng Phạm Văn Bình và Đại sứ Trần Thị Mai.")
    evs = events_of(t, ("DATE", "Ngày 3/8"), ("LOC", "La Hay"), ("POS", "Đại sứ"),
                    ("PER", "Trần Thị Mai"), ("LOC", "Hòa Phong"), ("PER", "Lê Văn An"),
                    ("PER", "Lê Văn An"), ("LOC", "Oss"), ("POS", "Thủ tướng"),
                    ("PER", "Phạm Văn Bình"), ("POS", "Đại sứ"), ("PER", "Trần Thị Mai"))
    assert ("reception", ["Trần Thị Mai", "Lê Văn An"]) in [(e.type, names(e)) for e in evs]


def test_a_speaker_after_a_visit_and_its_coordinated_talks_joins_the_talks():
    t = ("Ngày 5/3, ông Hans Berger, Tổng Lãnh sự Áo, đã đến thăm tỉnh Hòa Phong và có buổi hội đàm "
         "với ông Trần Văn Lộc, Chủ tịch UBND tỉnh.\n"
         "Chủ tịch UBND tỉnh Trần Văn Lộc cho biết tỉnh mong muốn thu hút thêm đầu tư từ Áo.")
    evs = events_of(t, ("DATE", "5/3"), ("PER", "Hans Berger"), ("POS", "Tổng Lãnh sự Áo"),
                    ("LOC", "Hòa Phong"), ("PER", "Trần Văn Lộc"), ("POS", "Chủ tịch UBND tỉnh"),
                    ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Trần Văn Lộc"), ("LOC", "Áo"))
    assert [(e.type, names(e)) for e in evs] == [
        ("visit", ["Hans Berger"]), ("talks", ["Hans Berger", "Trần Văn Lộc"])]


def test_a_speaker_addressing_someone_at_the_meeting_took_part_in_it():
    t = ("Chiều 4/6, Chủ tịch nước Lê Quang Bình đã gặp gỡ cộng đồng người Việt tại Oslo.\n"
         "Đại sứ Trần Minh Châu đã báo cáo với Chủ tịch nước Lê Quang Bình về tình hình cộng đồng.")
    evs = events_of(t, ("DATE", "4/6"), ("POS", "Chủ tịch nước"), ("PER", "Lê Quang Bình"),
                    ("LOC", "Oslo"), ("POS", "Đại sứ"), ("PER", "Trần Minh Châu"),
                    ("POS", "Chủ tịch nước"), ("PER", "Lê Quang Bình"))
    assert [names(e) for e in evs] == [["Lê Quang Bình", "Trần Minh Châu"]]


def test_a_delegation_whose_joint_leaders_a_later_sentence_names_visits_with_all():
    t = ("Ngày 3/9, một đoàn công tác liên ngành đã tới thăm tỉnh Hòa Phong.\n"
         "Phái đoàn được bà Anna Lund - Trưởng Đại diện UNDP, ông Piet Kramer - Trưởng Đại diện "
         "UNICEF và ông Lê Văn Minh - Thứ trưởng Bộ Y tế dẫn đầu cùng các chuyên gia.")
    evs = events_of(t, ("DATE", "Ngày 3/9"), ("LOC", "Hòa Phong"), ("PER", "Anna Lund"),
                    ("POS", "Trưởng Đại diện UNDP"), ("PER", "Piet Kramer"),
                    ("POS", "Trưởng Đại diện UNICEF"), ("PER", "Lê Văn Minh"),
                    ("POS", "Thứ trưởng Bộ Y tế"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Anna Lund", "Piet Kramer", "Lê Văn Minh"])]


def test_the_two_leaders_who_hold_talks_after_the_welcome_leave_the_spouse_out():
    t = ("Sáng 9/5, Chủ tịch nước Lê Quang Bình và phu nhân Trần Thu Hà chủ trì lễ đón Tổng thống "
         "Piet Kramer.\nSau lễ đón, hai lãnh đạo hội đàm tại Phủ Chủ tịch.")
    evs = events_of(t, ("DATE", "9/5"), ("POS", "Chủ tịch nước"), ("PER", "Lê Quang Bình"),
                    ("PER", "Trần Thu Hà"), ("POS", "Tổng thống"), ("PER", "Piet Kramer"),
                    ("ORG", "Phủ Chủ tịch"))
    assert [(e.type, names(e)) for e in evs] == [
        ("welcome", ["Lê Quang Bình", "Trần Thu Hà", "Piet Kramer"]),
        ("talks", ["Lê Quang Bình", "Piet Kramer"])]


def test_receiving_the_bare_delegation_receives_the_visitors_just_told():
    t = ("Ngày 12/4, Bộ trưởng Y tế Anna Lund và đoàn công tác đến thăm, làm việc tại tỉnh Hòa Phong.\n"
         "Tiếp đoàn, Chủ tịch UBND tỉnh Lê Văn Minh giới thiệu tiềm năng của tỉnh.")
    evs = events_of(t, ("DATE", "Ngày 12/4"), ("POS", "Bộ trưởng Y tế"), ("PER", "Anna Lund"),
                    ("LOC", "Hòa Phong"), ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Lê Văn Minh"))
    assert [(e.type, names(e)) for e in evs] == [
        ("visit", ["Anna Lund"]), ("reception", ["Lê Văn Minh", "Anna Lund"])]


def test_co_chairs_named_before_any_meeting_hold_the_first_event():
    t = ("Sáng 14/3, tỉnh Hòa Phong và tỉnh Xiêng Lam tổ chức hội nghị tổng kết hợp tác năm 2024. "
         "Ông Trần Văn Hải, Chủ tịch UBND tỉnh Hòa Phong và ông Khăm Phon, Tỉnh trưởng tỉnh Xiêng Lam "
         "đồng chủ trì hội nghị. Sau đó, ông Lê Minh cùng các sở ngành chủ trì buổi họp báo.")
    evs = events_of(t, ("DATE", "14/3"), ("LOC", "Hòa Phong"), ("LOC", "Xiêng Lam"), ("PER", "Trần Văn Hải"),
                    ("POS", "Chủ tịch UBND tỉnh Hòa Phong"), ("PER", "Khăm Phon"),
                    ("POS", "Tỉnh trưởng tỉnh Xiêng Lam"), ("PER", "Lê Minh"))
    assert [(e.trigger, e.type, e.date, names(e)) for e in evs] == [
        ("đồng chủ trì", "other", "14/3", ["Trần Văn Hải", "Khăm Phon"])]


def test_co_chairs_in_an_article_that_dates_nothing_hold_no_event():
    t = ("Hội nghị được tổ chức nhằm tăng cường hợp tác giữa hai tỉnh Hòa Phong và Xiêng Lam. "
         "Ông Trần Văn Hải, Chủ tịch UBND tỉnh Hòa Phong và ông Khăm Phon, Tỉnh trưởng tỉnh Xiêng Lam "
         "đồng chủ trì hội nghị.")
    evs = events_of(t, ("LOC", "Hòa Phong"), ("LOC", "Xiêng Lam"), ("PER", "Trần Văn Hải"),
                    ("POS", "Chủ tịch UBND tỉnh Hòa Phong"), ("PER", "Khăm Phon"),
                    ("POS", "Tỉnh trưởng tỉnh Xiêng Lam"))
    assert evs == []


def test_one_who_chairs_with_another_named_after_cung_co_chairs():
    t = "Ngày 2/5, Trưởng ban Lê Minh cùng Trưởng ban Đối ngoại Lào Khăm Phon đã chủ trì Hội nghị trực tuyến."
    evs = events_of(t, ("DATE", "Ngày 2/5"), ("POS", "Trưởng ban"), ("PER", "Lê Minh"),
                    ("POS", "Trưởng ban Đối ngoại Lào"), ("PER", "Khăm Phon"))
    assert [(e.trigger, names(e)) for e in evs] == [("chủ trì", ["Lê Minh", "Khăm Phon"])]


def test_a_follow_up_cue_with_a_day_of_its_own_tells_another_meeting_of_that_kind():
    t = ("Ngày 3-2-2025, Tổng Bí thư Lê Minh điện đàm với Tổng thống Gioóc Mi-lơ. "
         "Tại hội đàm chiều 14-9, Chủ tịch nước Trần Văn Hải và Tổng thống Gioóc Mi-lơ thống nhất nâng cấp quan hệ.")
    evs = events_of(t, ("DATE", "Ngày 3-2-2025"), ("POS", "Tổng Bí thư"), ("PER", "Lê Minh"), ("POS", "Tổng thống"),
                    ("PER", "Gioóc Mi-lơ"), ("DATE", "14-9"), ("POS", "Chủ tịch nước"), ("PER", "Trần Văn Hải"),
                    ("POS", "Tổng thống"), ("PER", "Gioóc Mi-lơ"))
    assert [(e.trigger, e.date, names(e)) for e in evs] == [
        ("điện đàm", "Ngày 3-2-2025", ["Lê Minh", "Gioóc Mi-lơ"]),
        ("hội đàm", "14-9", ["Trần Văn Hải", "Gioóc Mi-lơ"])]


def test_a_meeting_two_leaders_had_is_an_event_but_a_press_conference_is_not():
    t = ("Chiều 9/5, bên lề Hội nghị Cấp cao ASEAN, Thủ tướng Lê Minh và Thủ tướng Xanđia Karel Venn "
         "đã có cuộc họp thường niên lần thứ ba. Sau đó, Bộ Ngoại giao có cuộc họp báo quốc tế.")
    evs = events_of(t, ("DATE", "9/5"), ("POS", "Thủ tướng"), ("PER", "Lê Minh"), ("POS", "Thủ tướng Xanđia"),
                    ("PER", "Karel Venn"), ("ORG", "Bộ Ngoại giao"))
    assert [(e.trigger, e.type, e.date, names(e)) for e in evs] == [
        ("họp", "other", "9/5", ["Lê Minh", "Karel Venn"])]


def test_a_meeting_planned_for_after_the_occasion_under_way_is_dated_by_its_day():
    t = ("Sáng 16/5, Chủ tịch nước Lê Minh đón Tổng thống Xanđia Karel Venn tại Phủ Chủ tịch. "
         "Dự kiến, sau lễ đón, Chủ tịch nước Lê Minh và Tổng thống Karel Venn sẽ hội đàm. "
         "Thủ tướng Trần Văn Hải sẽ hội kiến Tổng thống Karel Venn.")
    evs = events_of(t, ("DATE", "16/5"), ("POS", "Chủ tịch nước"), ("PER", "Lê Minh"),
                    ("POS", "Tổng thống Xanđia"), ("PER", "Karel Venn"), ("ORG", "Phủ Chủ tịch"),
                    ("POS", "Chủ tịch nước"), ("PER", "Lê Minh"), ("POS", "Tổng thống"), ("PER", "Karel Venn"),
                    ("POS", "Thủ tướng"), ("PER", "Trần Văn Hải"), ("POS", "Tổng thống"), ("PER", "Karel Venn"))
    assert [(e.trigger, e.date, names(e)) for e in evs] == [
        ("đón", "16/5", ["Lê Minh", "Karel Venn"]), ("hội đàm", "16/5", ["Lê Minh", "Karel Venn"])]


def test_a_conference_cue_naming_speakers_before_any_meeting_is_the_first_event():
    t = ("Hội nghị hợp tác xuất bản giữa hai đảng đã diễn ra theo hình thức trực tuyến. "
         "Tại hội nghị, Phó trưởng ban Lê Minh và Phó trưởng ban Trương Hải lần lượt giới thiệu tình hình xuất bản.")
    evs = events_of(t, ("POS", "Phó trưởng ban"), ("PER", "Lê Minh"), ("POS", "Phó trưởng ban"),
                    ("PER", "Trương Hải"))
    assert [(e.trigger, e.type, names(e)) for e in evs] == [("hội nghị", "other", ["Lê Minh", "Trương Hải"])]


def test_a_conference_cue_naming_nobody_states_no_event():
    t = ("Hội nghị hợp tác giữa tỉnh Hòa Phong và thành phố Nam Lâm diễn ra chiều nay. "
         "Tại hội nghị, hai bên thống nhất đẩy nhanh các dự án hạ tầng.")
    evs = events_of(t, ("LOC", "Hòa Phong"), ("LOC", "Nam Lâm"))
    assert evs == []


def test_a_visit_told_again_with_another_spelling_of_the_guest_is_one_visit():
    t = ("Sáng 6/12, tại Hà Nội, Chủ tịch Quốc hội Trần Văn Bình đón Chủ tịch Quốc hội "
         "Thongsavath Keomany sang thăm chính thức Việt Nam.\n"
         "Chủ tịch Quốc hội Thongsavat Keomany thăm chính thức Việt Nam\n")
    evs = events_of(t, ("DATE", "6/12"), ("LOC", "Hà Nội"), ("POS", "Chủ tịch Quốc hội"),
                    ("PER", "Trần Văn Bình"), ("POS", "Chủ tịch Quốc hội"),
                    ("PER", "Thongsavath Keomany"), ("LOC", "Việt Nam"),
                    ("POS", "Chủ tịch Quốc hội"), ("PER", "Thongsavat Keomany"),
                    ("LOC", "Việt Nam"))
    assert [e.type for e in evs] == ["welcome", "visit"]
    assert names(evs[1]) == ["Thongsavath Keomany"]


def test_a_phone_call_and_a_meeting_with_the_same_guest_are_two_events():
    t = ("Tổng Bí thư Lê Văn An điện đàm với Tổng thống Norvane Elsa Quint.\n"
         "Thủ tướng Phạm Văn Bình hội kiến Tổng thống Norvane Elsa Quint.\n")
    evs = events_of(t, ("POS", "Tổng Bí thư"), ("PER", "Lê Văn An"),
                    ("POS", "Tổng thống Norvane"), ("PER", "Elsa Quint"), ("POS", "Thủ tướng"),
                    ("PER", "Phạm Văn Bình"), ("POS", "Tổng thống Norvane"), ("PER", "Elsa Quint"))
    assert [(e.trigger, names(e)) for e in evs] == [
        ("điện đàm", ["Lê Văn An", "Elsa Quint"]), ("hội kiến", ["Phạm Văn Bình", "Elsa Quint"])]


def test_a_caption_naming_the_guest_of_an_airport_welcome_told_by_its_hosts_restates_it():
    t = ("Chiều 5/3, Thủ tướng Norvane Elsa Quint tới Hà Nội, bắt đầu thăm chính thức Việt Nam.\n"
         "Ra đón Đoàn tại sân bay Nội Bài có: Bộ trưởng Lê Văn An; Thứ trưởng Trần Thị Mai.\n"
         "Bộ trưởng Lê Văn An đón Thủ tướng Elsa Quint tại sân bay Nội Bài. Ảnh: TTXVN\n")
    evs = events_of(t, ("DATE", "5/3"), ("POS", "Thủ tướng Norvane"), ("PER", "Elsa Quint"),
                    ("LOC", "Hà Nội"), ("LOC", "Việt Nam"), ("LOC", "Nội Bài"),
                    ("POS", "Bộ trưởng"), ("PER", "Lê Văn An"), ("POS", "Thứ trưởng"),
                    ("PER", "Trần Thị Mai"), ("POS", "Bộ trưởng"), ("PER", "Lê Văn An"),
                    ("POS", "Thủ tướng"), ("PER", "Elsa Quint"), ("LOC", "Nội Bài"), ("ORG", "TTXVN"))
    assert [e.type for e in evs] == ["visit", "welcome"]
    assert names(evs[1]) == ["Lê Văn An", "Trần Thị Mai", "Elsa Quint"]


def test_a_foreign_leader_named_by_title_alone_is_not_taken_for_the_host_of_that_office():
    t = ("Nhận lời mời của Thủ tướng Lê Văn An, ngày 5/3, Thủ tướng Norvane Elsa Quint "
         "tới Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam.\n"
         "Trong ảnh: Lễ đón Thủ tướng Norvane tại sân bay Nội Bài.\n"
         "Thủ tướng Chính phủ Lê Văn An và Thủ tướng Elsa Quint duyệt đội danh dự.\n")
    evs = events_of(t, ("POS", "Thủ tướng"), ("PER", "Lê Văn An"), ("DATE", "5/3"),
                    ("POS", "Thủ tướng Norvane"), ("PER", "Elsa Quint"), ("LOC", "Hà Nội"),
                    ("LOC", "Việt Nam"), ("POS", "Thủ tướng Norvane"), ("LOC", "Nội Bài"),
                    ("POS", "Thủ tướng Chính phủ"), ("PER", "Lê Văn An"), ("POS", "Thủ tướng"),
                    ("PER", "Elsa Quint"))
    assert [(e.type, names(e)) for e in evs] == [
        ("visit", ["Elsa Quint", "Lê Văn An"]), ("welcome", ["Elsa Quint"])]


def test_a_dated_welcome_ceremony_dates_the_headline_welcome_not_the_visit_stated_after_it():
    t = ("Lễ đón Thủ tướng Norvane Elsa Quint thăm chính thức Việt Nam\n"
         "Chiều 19/4, tại Phủ Chủ tịch, Thủ tướng Lê Văn An chủ trì lễ đón chính thức "
         "Thủ tướng Elsa Quint.\n"
         "Thủ tướng Elsa Quint thăm chính thức Việt Nam từ ngày 19-20/4.\n")
    evs = events_of(t, ("POS", "Thủ tướng Norvane"), ("PER", "Elsa Quint"), ("LOC", "Việt Nam"),
                    ("DATE", "19/4"), ("LOC", "Phủ Chủ tịch"), ("POS", "Thủ tướng"),
                    ("PER", "Lê Văn An"), ("POS", "Thủ tướng"), ("PER", "Elsa Quint"),
                    ("POS", "Thủ tướng"), ("PER", "Elsa Quint"), ("LOC", "Việt Nam"),
                    ("DATE", "ngày 19-20/4"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("welcome", "19/4", ["Elsa Quint", "Lê Văn An"]),
        ("visit", "ngày 19-20/4", ["Elsa Quint"])]


def test_a_trip_told_in_the_lead_is_not_the_welcome_ceremony_of_the_headline():
    t = ("Lễ đón chính thức Tổng Thư ký Liên minh Norvane Elsa Quint\n"
         "Sáng 8/5, Tổng Thư ký Liên minh Norvane Elsa Quint đến Hà Nội, bắt đầu chuyến thăm "
         "chính thức Việt Nam từ ngày 8-9/5.\n"
         "Chiều cùng ngày, Lễ đón chính thức Tổng Thư ký Elsa Quint diễn ra tại Phủ Chủ tịch. "
         "Chủ tịch nước Lê Văn An chủ trì Lễ đón.\n")
    evs = events_of(t, ("POS", "Tổng Thư ký Liên minh Norvane"), ("PER", "Elsa Quint"),
                    ("DATE", "8/5"), ("POS", "Tổng Thư ký Liên minh Norvane"),
                    ("PER", "Elsa Quint"), ("LOC", "Hà Nội"), ("LOC", "Việt Nam"),
                    ("DATE", "ngày 8-9/5"), ("POS", "Tổng Thư ký"), ("PER", "Elsa Quint"),
                    ("LOC", "Phủ Chủ tịch"), ("POS", "Chủ tịch nước"), ("PER", "Lê Văn An"))
    assert sorted((e.type, names(e)) for e in evs) == [
        ("visit", ["Elsa Quint"]), ("welcome", ["Elsa Quint", "Lê Văn An"])]


def test_a_dated_lead_with_the_same_party_restates_the_headline_meeting_whoever_it_names():
    t = ("Đoàn công tác tỉnh Hòa Phong làm việc với lãnh đạo thành phố Oss\n"
         "Tại buổi làm việc, ông Bun-thoong Xay, Phó Thị trưởng thành phố, giới thiệu tình hình.\n"
         "Ngày 11/12/2011, đoàn công tác của tỉnh Hòa Phong do ông Lê Văn An, Phó Chủ tịch UBND "
         "tỉnh làm trưởng đoàn đã làm việc với lãnh đạo thành phố Oss.\n")
    evs = events_of(t, ("LOC", "Hòa Phong"), ("LOC", "Oss"), ("PER", "Bun-thoong Xay"),
                    ("POS", "Phó Thị trưởng thành phố"), ("DATE", "Ngày 11/12/2011"),
                    ("LOC", "Hòa Phong"), ("PER", "Lê Văn An"), ("POS", "Phó Chủ tịch UBND tỉnh"),
                    ("LOC", "Oss"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("working_session", "Ngày 11/12/2011", ["Bun-thoong Xay", "Lê Văn An"])]


def test_a_meeting_abroad_is_dated_by_the_local_day_not_vietnams():
    t = ("Tối 5-3 (giờ địa phương, tức sáng sớm 6-3 theo giờ Hà Nội), tại thủ đô Lima, Phó Thủ "
         "tướng Hồ Văn Lâm hội kiến Tổng thống Peru Ana Torres.")
    evs = events_of(t, ("DATE", "5-3"), ("DATE", "6-3"), ("LOC", "Lima"),
                    ("POS", "Phó Thủ tướng"), ("PER", "Hồ Văn Lâm"), ("POS", "Tổng thống"),
                    ("LOC", "Peru"), ("PER", "Ana Torres"))
    assert [(e.type, e.date) for e in evs] == [("talks", "5-3")]
    home = "Khoảng 8 giờ sáng 9/5 theo giờ Việt Nam, Thủ tướng Vũ Minh hội đàm với Thủ tướng Lê Sa."
    evs = events_of(home, ("DATE", "9/5"), ("POS", "Thủ tướng"), ("PER", "Vũ Minh"),
                    ("POS", "Thủ tướng"), ("PER", "Lê Sa"))
    assert [e.date for e in evs] == ["9/5"]


def test_the_page_stamp_dates_the_event_its_sentence_states_when_nothing_else_does():
    t = (" date 2024-03-15 Bộ trưởng Lê Văn Tâm tiếp Đại sứ Ô-li-vơ Grin. Ảnh: Hà Linh\n"
         "Tại buổi tiếp, hai bên trao đổi về hợp tác giáo dục.")
    evs = events_of(t, ("DATE", "2024-03-15"), ("POS", "Bộ trưởng"), ("PER", "Lê Văn Tâm"),
                    ("POS", "Đại sứ"), ("PER", "Ô-li-vơ Grin"), ("PER", "Hà Linh"))
    assert [(e.type, e.date, e.date_iso) for e in evs] == [("reception", "2024-03-15", "2024-03-15")]
    month = (" date 2024-03 Bộ trưởng Lê Văn Tâm tiếp Đại sứ Ô-li-vơ Grin.")
    evs = events_of(month, ("DATE", "2024-03"), ("POS", "Bộ trưởng"), ("PER", "Lê Văn Tâm"),
                    ("POS", "Đại sứ"), ("PER", "Ô-li-vơ Grin"))
    assert [e.date for e in evs] == [None]


def test_a_visit_framing_an_undated_sentence_was_under_way_on_the_day_just_told():
    t = ("Sáng 3/5, Chủ tịch UBND tỉnh Lê Văn Hòa tiếp bà Mary Stone, Lãnh sự Canada. "
         "Đồng thời, sau chuyến thăm tại tỉnh, bà Mary Stone mong muốn mở rộng hợp tác giáo dục.")
    evs = events_of(t, ("DATE", "3/5"), ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Lê Văn Hòa"),
                    ("PER", "Mary Stone"), ("POS", "Lãnh sự"), ("LOC", "Canada"),
                    ("PER", "Mary Stone"))
    assert [(e.type, e.date, names(e)) for e in evs] == [
        ("reception", "3/5", ["Lê Văn Hòa", "Mary Stone"]), ("visit", "3/5", ["Mary Stone"])]


def test_a_trip_told_by_a_pair_of_days_is_dated_by_the_first():
    t = ("Sáng 12-5, tại Phủ Chủ tịch, Chủ tịch nước Lê Minh Khoa chủ trì lễ đón Tổng thống "
         "Carlos Vega thăm cấp Nhà nước Việt Nam.\n"
         "Tổng thống Carlos Vega đang có chuyến thăm Việt Nam trong hai ngày 11 và 12-5.")
    evs = events_of(t, ("DATE", "12-5"), ("LOC", "Phủ Chủ tịch"), ("POS", "Chủ tịch nước"),
                    ("PER", "Lê Minh Khoa"), ("POS", "Tổng thống"), ("PER", "Carlos Vega"),
                    ("LOC", "Việt Nam"), ("POS", "Tổng thống"), ("PER", "Carlos Vega"),
                    ("LOC", "Việt Nam"), ("DATE", "ngày 11"), ("DATE", "12-5"))
    visits = [e for e in evs if e.type == "visit"]
    assert (visits[0].trigger, visits[0].date, visits[0].date_iso) == ("thăm", "ngày 11", None)


def test_a_trip_told_twice_is_dated_as_first_told_and_dates_what_is_done_in_its_days():
    t = ("Tàu hải quân Ấn Độ thăm cảng Tiên Sa\n"
         "Hai tàu hộ vệ của Hải quân Ấn Độ sẽ thăm và giao lưu với Hải quân Việt Nam, ngày 12-15/6.\n"
         "Ngày 8/6, Sở Ngoại vụ Đà Nẵng cho biết, các tàu do Đại tá Raj Kumar làm chỉ huy sẽ có "
         "chuyến thăm cảng Tiên Sa từ ngày 12 đến 15/6.\n"
         "Trong 4 ngày ghé thăm, đoàn chào xã giao lãnh đạo thành phố Đà Nẵng.")
    evs = events_of(t, ("LOC", "Ấn Độ"), ("LOC", "Tiên Sa"), ("ORG", "Hải quân Ấn Độ"),
                    ("ORG", "Hải quân Việt Nam"), ("DATE", "ngày 12-15/6"), ("DATE", "Ngày 8/6"),
                    ("ORG", "Sở Ngoại vụ Đà Nẵng"), ("POS", "Đại tá"), ("PER", "Raj Kumar"),
                    ("LOC", "Tiên Sa"), ("DATE", "ngày 12"), ("DATE", "15/6"), ("LOC", "Đà Nẵng"))
    assert {(e.type, e.date) for e in evs if e.participants} == {
        ("visit", "ngày 12-15/6"), ("reception", "ngày 12-15/6")}


def test_continuing_a_dated_trip_is_no_general_statement():
    t = ("Trong khuôn khổ chuyến công tác tại Lào, ngày 12/5, Phó Chủ tịch UBND tỉnh Trần Văn Bình "
         "tiếp tục thăm tỉnh Luang Prabang.")
    evs = events_of(t, ("LOC", "Lào"), ("DATE", "ngày 12/5"), ("POS", "Phó Chủ tịch UBND tỉnh"),
                    ("PER", "Trần Văn Bình"), ("LOC", "Luang Prabang"))
    assert [(e.type, e.date, names(e)) for e in evs] == [("visit", "ngày 12/5", ["Trần Văn Bình"])]
    general = "Hai tỉnh sẽ tiếp tục thăm và làm việc với nhau."
    assert events_of(general) == []


def test_a_pair_of_days_dates_an_occasion_by_its_first_day():
    t = "Trong hai ngày 3 và 4-9, Phó Chủ tịch UBND tỉnh Trần Văn Bình thăm tỉnh Champasak."
    evs = events_of(t, ("DATE", "ngày 3"), ("DATE", "4-9"), ("POS", "Phó Chủ tịch UBND tỉnh"),
                    ("PER", "Trần Văn Bình"), ("LOC", "Champasak"))
    assert [(e.type, e.date) for e in evs] == [("visit", "ngày 3")]


def test_going_to_call_on_people_within_a_trip_is_a_visit_of_its_own():
    t = ("Tiếp tục chuyến thăm chính thức Xanđia, chiều 12/5, Chủ tịch nước Lê Minh đã tới thăm hỏi "
         "và nói chuyện với cán bộ Đại sứ quán Việt Nam tại Xanđia. "
         "Chủ tịch nước Lê Minh gửi lời thăm hỏi tới Tổng thống Karel Venn.")
    evs = events_of(t, ("LOC", "Xanđia"), ("DATE", "12/5"), ("POS", "Chủ tịch nước"), ("PER", "Lê Minh"),
                    ("ORG", "Đại sứ quán Việt Nam tại Xanđia"), ("POS", "Chủ tịch nước"), ("PER", "Lê Minh"),
                    ("POS", "Tổng thống"), ("PER", "Karel Venn"))
    assert [(e.trigger, e.type, e.date, e.location, names(e)) for e in evs] == [
        ("thăm", "visit", "12/5", "Xanđia", ["Lê Minh"]),
        ("thăm hỏi", "visit", "12/5", None, ["Lê Minh"])]


def test_meeting_unnamed_leaders_is_no_event_but_listed_leaders_are():
    t = ("Sáng 3/5, Thủ tướng Đỗ Văn Khải đã hội đàm với Thủ tướng Ba Lan Jan Nowak và hội kiến "
         "với các lãnh đạo cấp cao của Ba Lan. "
         "Chiều 4/5, Thủ tướng Đỗ Văn Khải chào xã giao các lãnh đạo Quốc hội Ba Lan gồm: "
         "Chủ tịch Hạ viện Anna Kowal.")
    evs = events_of(t, ("DATE", "3/5"), ("POS", "Thủ tướng"), ("PER", "Đỗ Văn Khải"),
                    ("POS", "Thủ tướng"), ("LOC", "Ba Lan"), ("PER", "Jan Nowak"), ("LOC", "Ba Lan"),
                    ("DATE", "4/5"), ("POS", "Thủ tướng"), ("PER", "Đỗ Văn Khải"),
                    ("ORG", "Quốc hội Ba Lan"), ("POS", "Chủ tịch Hạ viện"), ("PER", "Anna Kowal"))
    assert [(e.trigger, names(e)) for e in evs] == [
        ("hội đàm", ["Đỗ Văn Khải", "Jan Nowak"]), ("chào xã giao", ["Đỗ Văn Khải", "Anna Kowal"])]


def test_a_cue_word_written_as_a_name_rules_no_meeting_out():
    # "Thống Nhất" names the hall; "thống nhất" (agreed) would mark the trigger as unstated.
    t = ("Sáng 9-4, tại Dinh Thống Nhất, ông Vũ Đức Minh, Chủ tịch UBND thành phố, có buổi "
         "hội kiến ông Lars Berg, Bộ trưởng Thương mại Na Uy.")
    evs = events_of(t, ("DATE", "9-4"), ("LOC", "Dinh Thống Nhất"), ("PER", "Vũ Đức Minh"),
                    ("POS", "Chủ tịch UBND thành phố"), ("PER", "Lars Berg"),
                    ("POS", "Bộ trưởng Thương mại Na Uy"))
    assert [(e.trigger, e.date, names(e)) for e in evs] == [
        ("hội kiến", "9-4", ["Vũ Đức Minh", "Lars Berg"])]
    lower = t.replace("tại Dinh Thống Nhất, ", "hai bên thống nhất ")
    assert events_of(lower, ("DATE", "9-4"), ("PER", "Vũ Đức Minh"), ("PER", "Lars Berg")) == []


def test_a_person_called_on_by_a_visit_takes_part_but_the_hosts_of_a_place_do_not():
    t = ("Ngày 6/5, Phó Chủ tịch UBND tỉnh Trần Thu Hà đã đến thăm, gặp gỡ ông Sato Ken, "
         "Chủ tịch Hội hữu nghị Nhật - Việt tại Kobe. Ngày 7/5, bà Trần Thu Hà thăm tỉnh Hyogo, "
         "Thống đốc Ito Jun tiếp đoàn.")
    evs = events_of(t, ("DATE", "6/5"), ("POS", "Phó Chủ tịch UBND tỉnh"), ("PER", "Trần Thu Hà"),
                    ("PER", "Sato Ken"), ("POS", "Chủ tịch Hội hữu nghị Nhật - Việt tại Kobe"),
                    ("DATE", "7/5"), ("PER", "Trần Thu Hà"), ("LOC", "Hyogo"),
                    ("POS", "Thống đốc"), ("PER", "Ito Jun"))
    assert [(e.trigger, e.type, names(e)) for e in evs if e.type == "visit"] == [
        ("thăm, gặp gỡ", "visit", ["Trần Thu Hà", "Sato Ken"]),
        ("thăm", "visit", ["Trần Thu Hà"])]


def test_a_stop_told_as_going_to_another_body_is_a_visit_of_its_own():
    t = ("Ngày 9/5, Thứ trưởng Bộ Y tế Đỗ Minh Quang cùng đoàn công tác đã đến thăm và làm việc với "
         "Sở Y tế tỉnh Hòa Bắc. Thứ trưởng Bộ Y tế cùng đoàn đến thăm, động viên cán bộ, nhân viên "
         "Bệnh viện Đa khoa Sơn Trà.")
    evs = events_of(t, ("DATE", "Ngày 9/5"), ("POS", "Thứ trưởng Bộ Y tế"), ("PER", "Đỗ Minh Quang"),
                    ("ORG", "Sở Y tế tỉnh Hòa Bắc"), ("POS", "Thứ trưởng Bộ Y tế"),
                    ("ORG", "Bệnh viện Đa khoa Sơn Trà"))
    assert [(e.type, e.date, names(e), e.organisations) for e in evs] == [
        ("visit", "Ngày 9/5", ["Đỗ Minh Quang"], ["Sở Y tế tỉnh Hòa Bắc"]),
        ("visit", "Ngày 9/5", ["Đỗ Minh Quang"], ["Bệnh viện Đa khoa Sơn Trà"])]


def test_a_body_named_again_with_where_it_is_is_the_same_stop():
    t = ("Ngày 2/6, đoàn do ông Lê Hữu Tâm dẫn đầu đã đến thăm và làm việc với Đại sứ quán Việt Nam. "
         "Ông Lê Hữu Tâm đến thăm, nói chuyện với cán bộ Đại sứ quán Việt Nam tại Maravia.")
    evs = events_of(t, ("DATE", "Ngày 2/6"), ("PER", "Lê Hữu Tâm"), ("ORG", "Đại sứ quán Việt Nam"),
                    ("PER", "Lê Hữu Tâm"), ("ORG", "Đại sứ quán Việt Nam tại Maravia"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Lê Hữu Tâm"])]


def test_a_photo_caption_told_twice_shows_one_stop_at_another_body():
    cap = "Thứ trưởng Đỗ Minh Quang tới thăm cán bộ, nhân viên Bệnh viện Đa khoa Sơn Trà. (Ảnh: Hà Linh)\n"
    t = ("Ngày 9/5, Thứ trưởng Bộ Y tế Đỗ Minh Quang cùng đoàn công tác đã đến thăm và làm việc với "
         "Sở Y tế tỉnh Hòa Bắc.\n" + cap + cap)
    caption = [("POS", "Thứ trưởng"), ("PER", "Đỗ Minh Quang"), ("ORG", "Bệnh viện Đa khoa Sơn Trà")]
    evs = events_of(t, ("DATE", "Ngày 9/5"), ("POS", "Thứ trưởng Bộ Y tế"), ("PER", "Đỗ Minh Quang"),
                    ("ORG", "Sở Y tế tỉnh Hòa Bắc"), *caption, *caption)
    assert [(e.type, names(e), e.organisations) for e in evs] == [
        ("visit", ["Đỗ Minh Quang"], ["Sở Y tế tỉnh Hòa Bắc"]),
        ("visit", ["Đỗ Minh Quang"], ["Bệnh viện Đa khoa Sơn Trà"])]


def test_who_speaks_after_a_quotation_about_a_visit_owns_no_visit():
    t = ("Đó là khẳng định của Bộ trưởng Ngoại giao Trần Thu Hà về kết quả chuyến thăm chính thức "
         "Pháp của Thủ tướng Lê Quang Vinh vừa diễn ra.\n"
         "Từ ngày 3-5/6, Thủ tướng Lê Quang Vinh và đoàn đại biểu cấp cao Việt Nam đã thăm chính "
         "thức Pháp.\n"
         '"Điểm đặc biệt là chuyến thăm của Thủ tướng Lê Quang Vinh là chuyến thăm chính thức Pháp '
         'đầu tiên của người đứng đầu Chính phủ mới" - Bộ trưởng Trần Thu Hà nhấn mạnh.')
    evs = events_of(t, ("POS", "Bộ trưởng Ngoại giao"), ("PER", "Trần Thu Hà"), ("LOC", "Pháp"),
                    ("POS", "Thủ tướng"), ("PER", "Lê Quang Vinh"), ("DATE", "ngày 3-5/6"),
                    ("POS", "Thủ tướng"), ("PER", "Lê Quang Vinh"), ("LOC", "Việt Nam"),
                    ("LOC", "Pháp"), ("POS", "Thủ tướng"), ("PER", "Lê Quang Vinh"), ("LOC", "Pháp"),
                    ("POS", "Bộ trưởng"), ("PER", "Trần Thu Hà"))
    assert [(e.type, names(e)) for e in evs] == [("visit", ["Lê Quang Vinh"])]


def test_one_said_in_a_parenthesis_to_have_died_is_no_participant():
    t = ("Ngày 9/6, Chủ tịch tỉnh Lê Văn Hòa tiếp ông Kenji Sato. Tại buổi tiếp, ông Kenji Sato cho "
         "biết sẽ tiếp nối tâm huyết của cha mình là ông Hiroshi Sato (nhà báo, đã mất năm 2019).")
    evs = events_of(t, ("DATE", "9/6"), ("POS", "Chủ tịch tỉnh"), ("PER", "Lê Văn Hòa"),
                    ("PER", "Kenji Sato"), ("PER", "Kenji Sato"), ("PER", "Hiroshi Sato"))
    assert [names(e) for e in evs] == [["Lê Văn Hòa", "Kenji Sato"]]


def test_the_one_mourned_at_a_state_funeral_is_no_guest_though_titles_are_listed():
    t = ("Chiều 2/5, Thủ tướng Lê Văn Hòa tiếp Đoàn đại biểu cấp cao do Chủ tịch Bun Mi dẫn đầu "
         "sang dự Quốc tang nguyên Chủ tịch nước, Đại tướng Phan Văn Kiệt.")
    evs = events_of(t, ("DATE", "2/5"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Hòa"),
                    ("POS", "Chủ tịch"), ("PER", "Bun Mi"), ("POS", "nguyên Chủ tịch nước"),
                    ("POS", "Đại tướng"), ("PER", "Phan Văn Kiệt"))
    assert [names(e) for e in evs] == [["Lê Văn Hòa", "Bun Mi"]]


def test_a_person_a_memorial_site_or_homeland_is_named_after_is_no_participant():
    t = ("Ngày 3/5, Bộ trưởng Lê Văn Hòa tiếp Đại sứ Karl Weiss tại Khu lưu niệm Đại tướng "
         "Phan Văn Kiệt. Ngày 4/5, Đại sứ Karl Weiss làm việc với tỉnh tại quê hương Đại tướng "
         "Phan Văn Kiệt.")
    evs = events_of(t, ("DATE", "3/5"), ("POS", "Bộ trưởng"), ("PER", "Lê Văn Hòa"),
                    ("POS", "Đại sứ"), ("PER", "Karl Weiss"), ("POS", "Đại tướng"),
                    ("PER", "Phan Văn Kiệt"), ("DATE", "4/5"), ("POS", "Đại sứ"),
                    ("PER", "Karl Weiss"), ("POS", "Đại tướng"), ("PER", "Phan Văn Kiệt"))
    assert [names(e) for e in evs] == [["Lê Văn Hòa", "Karl Weiss"], ["Karl Weiss"]]


def test_a_comma_after_the_mourned_ones_name_ends_the_phrase():
    t = ("Ngày 8/3, tại Lễ tang Đại tướng Phan Văn Kiệt, Thủ tướng Lê Văn Hòa đã gặp "
         "Bộ trưởng Karl Weiss.")
    evs = events_of(t, ("DATE", "8/3"), ("POS", "Đại tướng"), ("PER", "Phan Văn Kiệt"),
                    ("POS", "Thủ tướng"), ("PER", "Lê Văn Hòa"), ("POS", "Bộ trưởng"),
                    ("PER", "Karl Weiss"))
    assert [names(e) for e in evs] == [["Lê Văn Hòa", "Karl Weiss"]]


def test_a_session_cue_refers_to_the_meeting_not_to_the_visit_told_beside_it():
    t = ("Chiều 9/4, tại Hà Nội, Bộ trưởng Trần Văn Khải đã tiếp và làm việc với Bộ trưởng "
         "Nội vụ Ba Lan Jan Nowak đang có chuyến thăm, làm việc tại Việt Nam.\n"
         "Bộ trưởng Trần Văn Khải phát biểu tại buổi làm việc.")
    evs = events_of(t, ("DATE", "9/4"), ("LOC", "Hà Nội"), ("POS", "Bộ trưởng"),
                    ("PER", "Trần Văn Khải"), ("POS", "Bộ trưởng Nội vụ Ba Lan"), ("PER", "Jan Nowak"),
                    ("LOC", "Việt Nam"), ("POS", "Bộ trưởng"), ("PER", "Trần Văn Khải"))
    assert sorted((e.type, names(e)) for e in evs) == [
        ("reception", ["Trần Văn Khải", "Jan Nowak"]), ("visit", ["Jan Nowak"])]
