"""link_people: one person per name, with every title written next to it."""
from helpers import spans
from vnmeet.inference.people import link_people


def titles(people):
    return {p.name: p.positions for p in people}


def test_chained_titles_after_name_all_belong_to_it():
    t = "Đồng chí Trần Văn Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy phát biểu."
    ents = spans(t, ("PER", "Trần Văn Bình"), ("POS", "Ủy viên Trung ương Đảng"),
                 ("POS", "Bí thư Tỉnh ủy"))
    assert titles(link_people(t, ents)) == {
        "Trần Văn Bình": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]}


def test_title_right_before_name_and_chain_before_first_name():
    t = "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Thị Hoa tiếp ông Kim Dae Ho."
    ents = spans(t, ("POS", "Phó Bí thư Tỉnh ủy"), ("POS", "Chủ tịch UBND tỉnh"),
                 ("PER", "Lê Thị Hoa"), ("PER", "Kim Dae Ho"))
    got = titles(link_people(t, ents))
    assert got["Lê Thị Hoa"] == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]
    assert got["Kim Dae Ho"] == []


def test_title_between_two_names_goes_to_the_closer_side():
    # "A, title; title B": the title after A's comma is A's, the one glued to B is B's.
    t = "Có ông Phạm Văn Tâm, Giám đốc Sở Ngoại vụ, Phó Chủ tịch UBND tỉnh Ngô Thị Lan dự."
    ents = spans(t, ("PER", "Phạm Văn Tâm"), ("POS", "Giám đốc Sở Ngoại vụ"),
                 ("POS", "Phó Chủ tịch UBND tỉnh"), ("PER", "Ngô Thị Lan"))
    got = titles(link_people(t, ents))
    assert got == {"Phạm Văn Tâm": ["Giám đốc Sở Ngoại vụ"],
                   "Ngô Thị Lan": ["Phó Chủ tịch UBND tỉnh"]}


def test_la_and_dash_separate_a_title_from_its_name():
    t = "Người phát biểu là ông Hoàng Minh Đức là Tổng Lãnh sự Việt Nam tại Côn Minh. " \
        "Bà Vi-la Sổm-phết - Phó Tỉnh trưởng tỉnh Luang Prabang cảm ơn."
    ents = spans(t, ("PER", "Hoàng Minh Đức"), ("POS", "Tổng Lãnh sự Việt Nam tại Côn Minh"),
                 ("PER", "Vi-la Sổm-phết"), ("POS", "Phó Tỉnh trưởng tỉnh Luang Prabang"))
    got = titles(link_people(t, ents))
    assert got["Hoàng Minh Đức"] == ["Tổng Lãnh sự Việt Nam tại Côn Minh"]
    assert got["Vi-la Sổm-phết"] == ["Phó Tỉnh trưởng tỉnh Luang Prabang"]


def test_same_person_again_with_other_title_other_case_and_short_form_is_one():
    t = ("Bộ trưởng Đặng Quốc Khánh tiếp Đại sứ Peter Hall. Tại buổi tiếp, "
         "Bộ trưởng Bộ Tài nguyên ĐẶNG QUỐC KHÁNH nói. Ông Khánh cảm ơn ngài Hall.")
    ents = spans(t, ("POS", "Bộ trưởng"), ("PER", "Đặng Quốc Khánh"), ("POS", "Đại sứ"),
                 ("PER", "Peter Hall"), ("POS", "Bộ trưởng Bộ Tài nguyên"),
                 ("PER", "ĐẶNG QUỐC KHÁNH"), ("PER", "Khánh"), ("PER", "Hall"))
    people = link_people(t, ents)
    assert [p.name for p in people] == ["Đặng Quốc Khánh", "Peter Hall"]
    assert people[0].positions == ["Bộ trưởng", "Bộ trưởng Bộ Tài nguyên"]
    assert len(people[0].mentions) == 3


def test_names_joined_by_va_do_not_share_titles_and_bylines_are_people():
    t = "Chủ tịch nước Lâm Văn Sơn và Tổng thống Rami Ben gặp nhau. Ảnh: Minh Thu"
    ents = spans(t, ("POS", "Chủ tịch nước"), ("PER", "Lâm Văn Sơn"), ("POS", "Tổng thống"),
                 ("PER", "Rami Ben"), ("PER", "Minh Thu"))
    got = titles(link_people(t, ents))
    assert got == {"Lâm Văn Sơn": ["Chủ tịch nước"], "Rami Ben": ["Tổng thống"], "Minh Thu": []}


def test_honorific_included_by_a_tagger_is_dropped_from_the_name():
    t = "Ông Vũ Hải Nam, Chánh Văn phòng, phát biểu. Vũ Hải Nam nhấn mạnh."
    ents = spans(t, ("PER", "Ông Vũ Hải Nam"), ("POS", "Chánh Văn phòng"), ("PER", "Vũ Hải Nam"))
    people = link_people(t, ents)
    assert [(p.name, p.positions) for p in people] == [("Vũ Hải Nam", ["Chánh Văn phòng"])]


def test_a_name_split_in_two_by_the_tagger_is_one_person():
    t = "Tham gia có ngài Xôm Xa Vạt Lừng Xay, Bộ trưởng Bộ Tài chính."
    ents = spans(t, ("PER", "Xôm Xa"), ("PER", "Vạt Lừng Xay"), ("POS", "Bộ trưởng Bộ Tài chính"))
    assert titles(link_people(t, ents)) == {"Xôm Xa Vạt Lừng Xay": ["Bộ trưởng Bộ Tài chính"]}


def test_two_names_with_a_comma_between_stay_two_people():
    t = "Có ông Lê Văn An, Trần Thị Bình."
    ents = spans(t, ("PER", "Lê Văn An"), ("PER", "Trần Thị Bình"))
    assert [p.name for p in link_people(t, ents)] == ["Lê Văn An", "Trần Thị Bình"]


def test_a_form_of_address_tagged_alone_is_not_a_person():
    t = "Đại sứ Ma-lai-xi-a Dato’ Sri Ahmad Faizal dự tiệc cùng Tan Sri và Datuk."
    ents = spans(t, ("POS", "Đại sứ Ma-lai-xi-a"), ("PER", "Dato’ Sri Ahmad Faizal"),
                 ("PER", "Tan Sri"), ("PER", "Datuk"))
    assert titles(link_people(t, ents)) == {"Ahmad Faizal": ["Đại sứ Ma-lai-xi-a"]}


def test_a_common_noun_phrase_is_not_a_person_but_the_family_name_doan_is():
    t = "Lễ Ký kết diễn ra trước khi Đoàn Trưởng các cơ quan gặp ông Đoàn Minh Tuấn ở Tỉnh Gia Lai."
    ents = spans(t, ("PER", "Lễ Ký"), ("PER", "Đoàn Trưởng"), ("PER", "Đoàn Minh Tuấn"),
                 ("PER", "Tỉnh Gia Lai"))
    assert [p.name for p in link_people(t, ents)] == ["Đoàn Minh Tuấn"]


def test_an_all_caps_headline_fragment_is_not_a_person_but_a_byline_is():
    t = ("HỘI ĐÀM CẤP CAO: THÚC ĐẨY HỢP TÁC VỚI LÀO\nKHÁNH LINH\n"
         "Thủ tướng hội đàm với đoàn Việt Nam; VIỆT NAM đón khách.")
    ents = spans(t, ("PER", "THÚC ĐẨY HỢP TÁC VỚI LÀO"), ("PER", "KHÁNH LINH"),
                 ("LOC", "Việt Nam"), ("PER", "VIỆT NAM"))
    assert [p.name for p in link_people(t, ents)] == ["KHÁNH LINH"]


def test_a_news_agency_or_photo_credit_is_cut_from_the_name():
    t = ("Thủ tướng tiếp Đại sứ Chile Pablo Ruiz TTXVN\nẢnh: MINH ĐỨC\n"
         "Đại sứ Pablo Ruiz cảm ơn.")
    ents = spans(t, ("POS", "Đại sứ Chile"), ("PER", "Pablo Ruiz TTXVN"),
                 ("PER", "Ảnh: MINH ĐỨC"), ("POS", "Đại sứ"), ("PER", "Pablo Ruiz"))
    got = titles(link_people(t, ents))
    assert got == {"Pablo Ruiz": ["Đại sứ Chile", "Đại sứ"], "MINH ĐỨC": []}


def test_a_lower_case_span_is_not_a_person():
    t = "Phó Chủ tịch đã đề cập tới hợp tác với ông Lý Văn Nam."
    ents = spans(t, ("POS", "Phó Chủ tịch"), ("PER", "đã"), ("PER", "Lý Văn Nam"))
    assert [p.name for p in link_people(t, ents)] == ["Lý Văn Nam"]


def test_title_opening_a_colon_list_belongs_to_every_name_of_it():
    t = ("Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lê Văn An, Phó Chủ tịch UBND tỉnh; "
         "Trần Thị Bình, Trưởng Ban Dân vận; Phó Giám đốc Sở Y tế Hồ Văn Cường.")
    ents = spans(t, ("POS", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("PER", "Lê Văn An"),
                 ("POS", "Phó Chủ tịch UBND tỉnh"), ("PER", "Trần Thị Bình"),
                 ("POS", "Trưởng Ban Dân vận"), ("POS", "Phó Giám đốc Sở Y tế"),
                 ("PER", "Hồ Văn Cường"))
    got = titles(link_people(t, ents))
    assert got["Lê Văn An"] == ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"]
    assert got["Trần Thị Bình"] == ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận"]
    # the item that opens with its own title ends the list
    assert got["Hồ Văn Cường"] == ["Phó Giám đốc Sở Y tế"]


def test_a_name_and_its_transliteration_in_brackets_are_one_person():
    t = ("Thủ tướng Cuba Manuel Marrero Cruz (Ma-nu-en Ma-rê-rô Cờ-rút) thăm Việt Nam; "
         "ông Manuel Marrero Cruz hội đàm với Thủ tướng Lê Văn Ba (ảnh).")
    ents = spans(t, ("POS", "Thủ tướng Cuba"), ("PER", "Manuel Marrero Cruz"),
                 ("PER", "Ma-nu-en Ma-rê-rô Cờ-rút"), ("LOC", "Việt Nam"),
                 ("PER", "Manuel Marrero Cruz"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Ba"))
    people = link_people(t, ents)
    assert [(p.name, len(p.mentions)) for p in people] == [("Manuel Marrero Cruz", 3), ("Lê Văn Ba", 1)]



def test_person_of_answers_for_the_people_list_it_is_given():
    # person_of indexes mentions by offsets; two articles with names at the same offsets must
    # each get their own person, not the one indexed for the article asked about first.
    from vnmeet.inference.events.mentions import person_of

    first = "Ông Lê Văn An tiếp bà Trần Thị Bình."
    second = "Ông Hà Văn Bé tiếp bà Đỗ Thị Minh."
    a = link_people(first, spans(first, ("PER", "Lê Văn An"), ("PER", "Trần Thị Bình")))
    b = link_people(second, spans(second, ("PER", "Hà Văn Bé"), ("PER", "Đỗ Thị Minh")))
    assert (a[0].mentions[0].start, a[0].mentions[0].end) == (b[0].mentions[0].start, b[0].mentions[0].end)
    assert person_of(a[0].mentions[0], a).name == "Lê Văn An"
    assert person_of(b[0].mentions[0], b).name == "Hà Văn Bé"
    assert person_of(a[1].mentions[0], a).name == "Trần Thị Bình"


def test_a_title_alone_that_leaves_words_out_of_a_persons_title_is_his():
    # "Đại sứ Ba Lan" leaves "Đặc mệnh toàn quyền" and "tại Việt Nam" out of the title written
    # next to the name; it is a title of hers, but names her in no event.
    t = ("Bí thư Tỉnh ủy tiếp Đại sứ Ba Lan. Sáng 3/5, Bí thư Tỉnh ủy Lò Văn Hải tiếp bà Anna "
         "Nowak, Đại sứ Đặc mệnh toàn quyền Ba Lan tại Việt Nam.")
    ents = spans(t, ("POS", "Bí thư Tỉnh ủy"), ("POS", "Đại sứ Ba Lan"), ("POS", "Bí thư Tỉnh ủy"),
                 ("PER", "Lò Văn Hải"), ("PER", "Anna Nowak"),
                 ("POS", "Đại sứ Đặc mệnh toàn quyền Ba Lan tại Việt Nam"))
    people = link_people(t, ents)
    got = titles(people)
    assert got["Anna Nowak"] == ["Đại sứ Đặc mệnh toàn quyền Ba Lan tại Việt Nam", "Đại sứ Ba Lan"]
    assert people[1].title_mentions == []


def test_a_title_alone_that_adds_the_place_to_a_persons_title_is_his():
    t = ("Chủ tịch UBND tỉnh Kon Tum tiếp đoàn Nhật Bản. Ông Vũ Đức Mạnh, Chủ tịch UBND tỉnh, "
         "chào mừng Thống đốc Sato Ken.")
    ents = spans(t, ("POS", "Chủ tịch UBND tỉnh Kon Tum"), ("LOC", "Nhật Bản"),
                 ("PER", "Vũ Đức Mạnh"), ("POS", "Chủ tịch UBND tỉnh"), ("POS", "Thống đốc"),
                 ("PER", "Sato Ken"))
    got = titles(link_people(t, ents))
    assert got["Vũ Đức Mạnh"] == ["Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh Kon Tum"]
    assert got["Sato Ken"] == ["Thống đốc"]


def test_a_title_alone_that_two_people_could_hold_in_other_words_is_no_ones():
    t = ("Thủ tướng Nga hội đàm với Thủ tướng Lê Văn Ba. Thủ tướng Pavel Orlov cảm ơn.")
    ents = spans(t, ("POS", "Thủ tướng Nga"), ("POS", "Thủ tướng"), ("PER", "Lê Văn Ba"),
                 ("POS", "Thủ tướng"), ("PER", "Pavel Orlov"))
    got = titles(link_people(t, ents))
    assert got == {"Lê Văn Ba": ["Thủ tướng"], "Pavel Orlov": ["Thủ tướng"]}


def test_titles_after_the_inviters_comma_belong_to_the_guest():
    t = ("Nhận lời mời của Chủ tịch nước Lâm Văn Sơn, Tổng thống Cộng hòa Estonia, ngài Jaan "
         "Tamm sẽ thăm Việt Nam.")
    ents = spans(t, ("POS", "Chủ tịch nước"), ("PER", "Lâm Văn Sơn"),
                 ("POS", "Tổng thống Cộng hòa Estonia"), ("PER", "Jaan Tamm"))
    got = titles(link_people(t, ents))
    assert got == {"Lâm Văn Sơn": ["Chủ tịch nước"], "Jaan Tamm": ["Tổng thống Cộng hòa Estonia"]}


def test_a_rank_before_a_name_does_not_end_a_list_of_names():
    t = ("Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lê Văn An, Trưởng Ban Dân vận; "
         "Đại tá Hồ Văn Cường, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Trần Thị Bình, Trưởng Ban "
         "Tổ chức.")
    ents = spans(t, ("POS", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("PER", "Lê Văn An"),
                 ("POS", "Trưởng Ban Dân vận"), ("POS", "Đại tá"), ("PER", "Hồ Văn Cường"),
                 ("POS", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"), ("PER", "Trần Thị Bình"),
                 ("POS", "Trưởng Ban Tổ chức"))
    got = titles(link_people(t, ents))
    assert got["Hồ Văn Cường"] == ["Ủy viên Ban Thường vụ Tỉnh ủy", "Đại tá",
                                   "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]
    assert got["Trần Thị Bình"] == ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức"]


def test_an_abbreviation_in_brackets_leaves_the_title_next_to_the_name():
    t = "Thủ tướng tiếp Tổng Giám đốc Quỹ Nhi đồng Liên hợp quốc (UNICEF) Maria Ruiz."
    ents = spans(t, ("POS", "Thủ tướng"), ("POS", "Tổng Giám đốc Quỹ Nhi đồng Liên hợp quốc"),
                 ("ORG", "UNICEF"), ("PER", "Maria Ruiz"))
    got = titles(link_people(t, ents))
    assert got == {"Maria Ruiz": ["Tổng Giám đốc Quỹ Nhi đồng Liên hợp quốc"]}


def test_a_bullet_dash_on_a_new_line_starts_a_new_item():
    t = ("Tin liên quan:\n- Chủ tịch tỉnh tiếp Phó Chủ tịch Tập đoàn Sông Hồng (12-3-2020)\n"
         "- Bí thư Tỉnh ủy Lê Văn An tiếp đoàn Lào (2-3-2020)")
    ents = spans(t, ("POS", "Chủ tịch tỉnh"), ("POS", "Phó Chủ tịch Tập đoàn Sông Hồng"),
                 ("POS", "Bí thư Tỉnh ủy"), ("PER", "Lê Văn An"))
    assert titles(link_people(t, ents)) == {"Lê Văn An": ["Bí thư Tỉnh ủy"]}


def test_a_title_extended_by_another_persons_country_is_not_given_to_the_holder_of_the_short_one():
    # "Bộ trưởng Quốc phòng Xanđia" written alone extends Tâm's "Bộ trưởng Quốc phòng", but
    # Xanđia is the ambassador's country: the office is the Xanđia minister's, not Tâm's.
    t = ("Bộ trưởng Quốc phòng Lê Văn Tâm tiếp Đại sứ Xanđia John Smith. Hai bên nhắc lại "
         "chuyến thăm của Bộ trưởng Quốc phòng Xanđia năm ngoái.")
    ents = spans(t, ("POS", "Bộ trưởng Quốc phòng"), ("PER", "Lê Văn Tâm"), ("POS", "Đại sứ Xanđia"),
                 ("PER", "John Smith"), ("POS", "Bộ trưởng Quốc phòng Xanđia"))
    got = titles(link_people(t, ents))
    assert got["Lê Văn Tâm"] == ["Bộ trưởng Quốc phòng"]
    assert got["John Smith"] == ["Đại sứ Xanđia"]
    t = ("Chủ tịch UBND tỉnh Lê Văn Tâm tiếp Đại sứ Xanđia John Smith. Chủ tịch UBND tỉnh Cerin "
         "cảm ơn Đại sứ.")
    ents = spans(t, ("POS", "Chủ tịch UBND tỉnh"), ("PER", "Lê Văn Tâm"), ("POS", "Đại sứ Xanđia"),
                 ("PER", "John Smith"), ("POS", "Chủ tịch UBND tỉnh Cerin"), ("POS", "Đại sứ"))
    assert "Chủ tịch UBND tỉnh Cerin" in titles(link_people(t, ents))["Lê Văn Tâm"]
