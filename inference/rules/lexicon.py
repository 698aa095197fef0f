"""Word lists and patterns the rules share: stop words, compounds that continue a name,
title qualifiers, heads of bodies and titles. Patterns see normalised text (``norm``), so the
lists are normalised once at the end of this module."""
from __future__ import annotations

import re

from .patterns import norm

# Lower-case words that never continue a title or body name: function words and the verbs
# that typically follow an agent in news prose ("Sở Ngoại vụ đã…", "UBND tỉnh tổ chức…").
STOP = set("""
đã đang sẽ vừa mới là có và của với cho tại ở về từ đến trong theo để cùng này đó các những
một hai ba được bị do như khi thì mà nhưng hay hoặc nên vì đi ra vào lên xuống tiếp thăm gặp
dự ký trao tổ phát cho nhấn khẳng đề tham chủ hội làm đón tiễn chúc cảm bày mong đánh nêu
chia trân ghi đồng bàn thảo cam hoan kính gửi nhận đạt triển thực tăng tiến góp hỗ giới
điện viết tuyên cũng đều rất luôn còn chưa không lại sau trước trên dưới giữa ngày năm tháng
sáng chiều tối trưa hôm nay nhân dẫn đầu trình phối kiêm cùng nhằm qua trao đổi bên phía phụ hai đây ấy
và/hoặc thay mặt chứng kiến ủng hộ đánh giá mời bắt xem quyết phê cử sang rời kết tới
gồm bao lúc nơi người đoàn vị số lần cuộc buổi lễ chuyến việc điều nhiều ít rằng vẫn nữa
cung chọn họp bầu
""".split())


# Lower-case two-syllable words that occur inside body names after the first compound
# ("Ủy ban nhân dân", "Vụ Văn hóa đối ngoại", "Cửa khẩu quốc tế").
LOWER_COMPOUNDS = set("""
nhân_dân đối_ngoại quốc_tế tối_cao biên_phòng hữu_nghị dân_tộc tự_trị xã_hội chủ_nghĩa
phát_triển nông_thôn thường_trực thường_vụ lao_động hợp_tác kinh_tế thương_mại du_lịch
văn_hóa đầu_tư công_nghiệp công_nghệ thông_tin truyền_thông an_ninh quốc_phòng quốc_gia
trung_ương khoa_học giáo_dục đào_tạo môi_trường tài_nguyên vận_tải cửa_khẩu đặc_biệt
tổng_hợp điều_hành quản_lý đại_diện hành_chính chính_trị ngoại_giao ngoại_vụ lãnh_sự
thanh_niên phụ_nữ nông_dân cựu_chiến cộng_sản hải_quan cảnh_sát lễ_tân tuyên_giáo
dân_vận kiểm_tra nội_chính pháp_luật tư_pháp tài_chính ngân_hàng xuất_nhập xuất_khẩu
nhập_khẩu thương_binh thể_thao y_tế dân_chủ cách_mạng châu_âu châu_á thành_phố liên_bang
quân_sự quân_đội biên_giới lãnh_thổ hợp_nhất thống_nhất kiểm_sát nhân_quyền tôn_giáo
ngoại_sự hàng_không doanh_nghiệp nghị_sỹ nghị_sĩ thế_giới công_tác nghề_nghiệp ngoài_nước
nước_ngoài việc_làm bảo_hiểm liên_hợp song_phương đa_phương hỗn_hợp địa_chất toàn_cầu
công_trình tuyên_truyền cơ_sở khu_vực cộng_đồng anh_hùng chiến_binh khí_hậu thực_phẩm
sinh_học thủy_lợi thuỷ_lợi hạt_nhân
chính_sách điện_tử
""".split())


# A capitalised syllable + a lower-case one that is otherwise a stop word ("Thế giới").
CAP_LOWER_PAIRS = {("Thế", "giới"), ("Xã", "hội"), ("Việc", "làm"), ("Bầu", "cử"),
                   ("Xúc", "tiến"), ("Chương", "trình"), ("Nhi", "đồng"),
                   ("Lễ", "hội"), ("Cộng", "đồng"), ("Đại", "hội"), ("Đổi", "mới"),
                   ("Biến", "đổi"), ("Đoàn", "kết"), ("Doanh", "nhân"), ("Tư", "nhân")}


# "khóa XIV": a term number stays inside a body or title ("Quốc hội khóa XIV").
# "… ở nước ngoài": heads of missions abroad ("Trưởng cơ quan đại diện Việt Nam ở nước ngoài").
TERM_RE = re.compile(r"[ \t\u00a0]+(?:(?:khóa|khoá|Khóa|Khoá)[ \t\u00a0]+(?:[IVXLC]+|\d{1,2})|(?:ở|tại) nước ngoài)(?!\w)")


# Fields joined by commas and "và" inside one body name: "Sở Văn hóa, Thể thao và Du lịch",
# "Bộ Lao động, Thương binh và Xã hội", "Bộ Đất đai, Cơ sở hạ tầng, Giao thông vận tải và Du
# lịch". Each field is a capitalised compound.
_FIELD = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?: (?!và )[a-zđà-ỹ][\wÀ-ỹ]*){1,3}"


FIELD_LIST_RE = re.compile(rf", (?:{_FIELD}, ){{0,3}}{_FIELD} và (?=[A-ZĐÀ-Ỹ])")


# Some outlets drop the "và" and join every field with a comma; the country written after the
# last one closes the name ("Bộ Kinh tế, Thương mại, Công nghiệp Nhật Bản"). At least two
# commas are asked for, as one comma more often separates a person's titles.
COMMA_FIELDS_RE = re.compile(rf", {_FIELD}(?:, {_FIELD}){{1,3}} (?=[A-ZĐÀ-Ỹ])")


# A committee named by two fields joined by one comma ("Ủy ban Văn hóa, Giáo dục", "Ban Chính
# sách, Chiến lược Trung ương"): the comma after the committee's first field opens its second.
COMMITTEE_FIRST_FIELD_RE = re.compile(rf"(?<!\w)(?:Ủy ban|Uỷ ban|Ban) {_FIELD}$")
ONE_MORE_FIELD_RE = re.compile(rf", {_FIELD} (?=[A-ZĐÀ-Ỹ])")


# " (LHPN) " between two parts of one name.
BRACKET_ACRONYM_RE = re.compile(r" \((?:[A-ZĐ]{2,}\w*)\) ")


# "tỉnh ủy", "thành ủy": a party committee written in lower case is one compound inside a title
# or body ("Phó Bí thư tỉnh ủy Sơn La"), not the admin word "tỉnh" and a stray "ủy".
PARTY_COMMITTEE_RE = re.compile(r"(?:tỉnh|thành|huyện|quận|thị) (?:ủy|uỷ)(?!\w)")


# A committee or council with its own name, just before an offset: "Ủy ban Đối ngoại", "Hội
# đồng Dân tộc", "Ủy ban 8" (no punctuation between).
COMMITTEE_BEFORE_RE = re.compile(r"(?<!\w)(?:Ủy ban|Uỷ ban|Hội đồng|Tiểu ban)(?: [^\s,;:.()]+){1,5}$")


# A parliament, whose committees are named "… của Quốc hội".
PARLIAMENT_RE = re.compile(r"(?:Quốc hội|Thượng viện|Hạ viện|Nghị viện|QH)(?!\w)")


# "T.Ư" / "TƯ" abbreviate "Trung ương" inside names ("Ủy ban T.Ư Mặt trận…", "BCH T.Ư Đảng").
TU_RE = re.compile(r"T\.?Ư(?!\w)")


LOWER_COMPOUNDS = {w.replace("_", " ") for w in LOWER_COMPOUNDS}


# Lower-case words that qualify a title head and stay inside the POS.
TITLE_QUALIFIERS_AFTER = ("Thường trực", "thường trực", "Thứ nhất", "thứ nhất", "thứ hai", "thứ ba",
                          "đặc mệnh toàn quyền", "Đặc mệnh toàn quyền", "danh dự",
                          "thường trú", "đắc cử", "điều hành", "kiêm nhiệm", "dự khuyết")


TITLE_QUALIFIERS_BEFORE = ("Phó", "phó", "Quyền", "quyền", "nguyên", "Nguyên", "cựu", "Cựu")


# Military ranks may be written in lower case before a name ("thiếu tướng Lê Xuân Thế").
RANKS = ("đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá",
         "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "chuẩn đô đốc",
         "phó đô đốc")


# Body heads after which a number continues the name ("Quân khu 7", "Lữ đoàn 170").
NUMBERED_HEADS = ("Quân khu", "Quân đoàn", "Sư đoàn", "Lữ đoàn", "Trung đoàn", "Đồn",
                  "Hải đoàn", "Vùng", "Tiểu đoàn", "Đại đội", "Hạm đội")


# Heads whose names may contain foreign words ("Tập đoàn HD Hyundai", "Công ty Nidec").
FOREIGN_NAME_HEADS = ("Công ty", "Tập đoàn", "Tổng công ty", "Hiệp hội", "Ngân hàng", "Quỹ",
                      "Trường", "Đại học", "Báo", "Đài", "Hãng", "Tạp chí")


# Heads of companies and cooperatives, whose names run through their trade in lower case to
# the brand ("Công ty điện tử Samsung").
COMPANY_HEADS = ("Công ty", "Tổng công ty", "Tổng Công ty", "Tập đoàn", "Hợp tác xã", "HTX")


# Heads of associations, groups and branches: a body of country X based in place Y keeps
# "tại Y" ("Hiệp hội doanh nghiệp Trung Quốc tại Việt Nam", "Phân hiệu Đại học Đà Nẵng tại
# Kon Tum"); a ministry or committee of X "tại Y" is a body somewhere, not its name.
ASSOCIATION_HEADS = ("Hiệp hội", "Hiệp Hội", "Hội", "Nhóm", "Phân hiệu", "Câu lạc bộ",
                     "Văn phòng", "Tổ chức", "Liên hiệp", "Chi hội", "Ban Tổ chức")

# Lower-case words after "Hội" that make a meeting or an event, not an association's name.
ASSOCIATION_NOT_NAMES = set("""nghị thảo chợ đàm kiến diễn thi ngộ tụ viên nhập họp đủ đua
trại làng xuân hè thao""".split())

# Body heads that are also verbs at the start of a sentence ("Tổ chức Hội nghị…").
VERB_HEADS = ("Tổ chức",)


# Abbreviated admin prefixes glued to the name ("P.Long An", "TX.Bình Long").
ABBR_ADMIN_RE = re.compile(r"(?<!\w)(?:P|X|Q|H|TX|TT)\.(?=\w)")


NAME_PARTICLES = ("da", "de", "dos", "del", "van", "von", "der", "bin", "binti", "al", "la", "di",
                  "le", "du")


# Capitals with Vietnamese vowel marks ("CHỦ", "TỊCH", "MỚI") are headline words, not acronyms.
MARKED_CAPS = set("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ")


# A body or title right after these words names a building, not the body/office itself.
BUILDING_RE = re.compile(r"(?:Phủ|Trụ sở|Nhà|Khu di tích|Lăng|Văn phòng|Dinh) $")


COMPOUND_AFTER_RE = re.compile(r" ([a-zđà-ỹ]+)(?!\w)")


PAIR_DASH_RE = re.compile(r" ?[-–] ?")


STANDING_RE = re.compile(r"(?<!\w)(?:Thường trực|Thường vụ) $")


CENTRAL_RE = re.compile(r"(?<!\w)(?:Trung ương|trung ương|TƯ|T\.Ư) $")


# A domain suffix after a word makes it a web address ("VTV.vn"), which is not tagged.
WEB_SUFFIX_RE = re.compile(r"\.(?:vn|com|net|org|gov|info)(?!\w)", re.IGNORECASE)


# Lines that introduce a photo credit or byline; in brackets some outlets write "ảnh" in lower
# case ("(ảnh: T.H)"), and "Tin. ảnh" is a typing slip for "Tin, ảnh"; web pages name the
# poster ("Người đăng: Haihm") or the author ("Tác giả: Minh Anh").
CREDIT_RE = re.compile(r"(?:Ảnh|ẢNH|Ảnh minh họa|Tin, ảnh|Tin\. ảnh|Bài, ảnh|Tin và ảnh|Bài và ảnh|"
                       r"Tin|Bài|Video|Nguồn ảnh|Clip|Người đăng|Tác giả|(?<=\()ảnh)\s*:\s*", re.UNICODE)


# Credits that name a role or a source, not a person: a reporter ("PV", "P.V"), a
# collaborator ("CTV"), the Internet ("Ảnh: Internet", "Ảnh: PV VOV").
ANONYMOUS_CREDIT_RE = re.compile(r"(?:PV|P\.V|CTV|Internet)(?![\w.])")


Cand = tuple  # (start, end, label, priority)


# Capitalised words that look like "family name + given name" but are delegation/body words.
NOT_NAME_RE = re.compile(r"Đoàn (?:Đại biểu|đại biểu|Thanh niên|Công tác|Kinh tế|Luật sư)|"
                         r"Đoàn (?:Cục|Tổng cục|Bộ|Sở|Ban|Vụ|Viện|Tuyên giáo)(?!\w)|"
                         r"Văn (?:Phòng|Hóa|Miếu)|Lê (?:Hội|Lợi)(?!\w)")


# Family names that are also nouns for a group or a region: before a place's name they say
# whose delegation or which prefecture ("Đoàn Quảng Nam" = the Quảng Nam delegation, "châu Văn
# Sơn" = Wenshan prefecture), not a person.
GROUP_NOUN_SURNAMES = ("Đoàn", "Châu")


# Diplomatic heads after which "tại X" stays in the span.
DIPLOMATIC = ("Đại sứ", "Lãnh sự", "Cơ quan đại diện", "Phái đoàn", "Tùy viên", "Tham tán",
              "Trưởng Đại diện", "Đại biện")


# The text is folded by ``norm`` ("đoàn" -> "đòan", "uỷ" -> "ủy") before the rules run, so the
# word lists written in code must be folded the same way or they never match.
STOP = {norm(w) for w in STOP}


LOWER_COMPOUNDS = {norm(w) for w in LOWER_COMPOUNDS}


TITLE_QUALIFIERS_AFTER = tuple(norm(w) for w in TITLE_QUALIFIERS_AFTER)


TITLE_QUALIFIERS_BEFORE = tuple(norm(w) for w in TITLE_QUALIFIERS_BEFORE)


RANKS = tuple(norm(w) for w in RANKS)


NUMBERED_HEADS = tuple(norm(w) for w in NUMBERED_HEADS)


FOREIGN_NAME_HEADS = tuple(norm(w) for w in FOREIGN_NAME_HEADS)


DIPLOMATIC = tuple(norm(w) for w in DIPLOMATIC)


ASSOCIATION_HEADS = tuple(norm(w) for w in ASSOCIATION_HEADS)


COMPANY_HEADS = tuple(norm(w) for w in COMPANY_HEADS)


VERB_HEADS = tuple(norm(w) for w in VERB_HEADS)


NOT_NAME_RE = re.compile(norm(NOT_NAME_RE.pattern))


GROUP_NOUN_SURNAMES = tuple(norm(w) for w in GROUP_NOUN_SURNAMES)


BUILDING_RE = re.compile(norm(BUILDING_RE.pattern))


TERM_RE = re.compile(norm(TERM_RE.pattern))


PARTY_COMMITTEE_RE = re.compile(norm(PARTY_COMMITTEE_RE.pattern))


COMMITTEE_BEFORE_RE = re.compile(norm(COMMITTEE_BEFORE_RE.pattern))
