#!/usr/bin/python3
"""Writes results.csv and results.xlsx of this sample from ../binh-son-2023/results.csv, the same units and 2023
results laid out as a district office's summary sheet: title rows, STT, a two-row header (a merged group title over
CT1 ... CT9.2), section rows, and a signature block; the workbook has a guide sheet first and percent-styled cells.
Reproducible: the same bytes on every run (fixed document dates and zip entry times). Needs python3-openpyxl:

    /usr/bin/python3 samples/binh-son-2023-office/make_sample.py
"""
import csv
import datetime
import io
import os
import zipfile
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["1", "2", "3", "4", "5", "6", "7", "8", "9.1", "9.2"]
WIDTH = 2 + len(CODES) + 1  # STT, Tên đơn vị, one column per code, Ghi chú
FIXED = datetime.datetime(2024, 1, 15, 8, 0, 0)
DISTRICT_UNITS = 13  # the district bodies come first in the results, then the commune-level units


def read_results():
    """The units in file order, each with its results by code ('' for a row without a 2023 result)."""
    units = {}
    with open(os.path.join(HERE, "..", "binh-son-2023", "results.csv"), encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            units.setdefault(row["unit"], {})[row["indicator"]] = row["result_2023"]
    return units


def sheet_rows(units):
    """The summary sheet as rows of cells (None for an empty cell); results as Decimal, or text for N/A and -."""
    names = list(units)
    missing = 0

    def pad(cells):
        return cells + [None] * (WIDTH - len(cells))

    def unit_row(number, name):
        nonlocal missing
        cells = [number, name]
        for code in CODES:
            result = units[name].get(code)
            if result is None:
                cells.append(None)  # the indicator does not apply to the unit
            elif result == "":
                missing += 1
                cells.append("N/A" if missing <= 3 else "-")  # no 2023 result
            else:
                cells.append(Decimal(result))
        return pad(cells)

    title = lambda first, second=None: pad([first] + [None] * 6 + ([second] if second else []))
    rows = [
        title("ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        title("VĂN PHÒNG HĐND VÀ UBND HUYỆN", "Độc lập - Tự do - Hạnh phúc"),
        pad([]),
        pad(["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU VỀ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2023"]),
        pad(["(Kèm theo Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2024 của UBND huyện Bình Sơn)"]),
        pad([]),
        pad(["STT", "Tên đơn vị", "Kết quả thực hiện năm 2023 (%)"] + [None] * (len(CODES) - 1) + ["Ghi chú"]),
        pad([None, None] + [f"CT{code}" for code in CODES]),
        pad(["I", "CÁC CƠ QUAN, ĐƠN VỊ CẤP HUYỆN"]),
    ]
    rows += [unit_row(i + 1, name) for i, name in enumerate(names[:DISTRICT_UNITS])]
    rows.append(pad(["II", "UBND CÁC XÃ, THỊ TRẤN"]))
    rows += [unit_row(i + 1, name) for i, name in enumerate(names[DISTRICT_UNITS:])]
    rows += [
        pad([]),
        pad([None] * 8 + ["Bình Sơn, ngày 15 tháng 01 năm 2024"]),
        pad([None, "NGƯỜI LẬP BIỂU"] + [None] * 6 + ["KT. CHÁNH VĂN PHÒNG"]),
        pad([None] * 8 + ["PHÓ CHÁNH VĂN PHÒNG"]),
        pad([None, "(Ký, ghi rõ họ tên)"] + [None] * 6 + ["(Ký, ghi rõ họ tên)"]),
        pad([]),
        pad([]),
        pad([None, "Nguyễn Văn An"] + [None] * 6 + ["Trần Thị Bình"]),
        pad([]),
        pad(["Ghi chú: chỉ tiêu 5 chỉ áp dụng đối với Phòng Tư pháp và UBND các xã, thị trấn; ô để trống: chỉ tiêu không áp dụng."]),
    ]
    return rows


def csv_text(value):
    """A cell as Excel's "CSV UTF-8" on Vietnamese Windows writes what it shows: 0.00% with a decimal comma."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",") + "%"
    text = str(value)
    return f'"{text}"' if ";" in text or '"' in text else text


def write_csv(rows):
    lines = [";".join(csv_text(cell) for cell in row) for row in rows]
    with open(os.path.join(HERE, "results.csv"), "wb") as file:
        file.write(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def write_xlsx(rows):
    workbook = Workbook()
    guide = workbook.active
    guide.title = "Hướng dẫn"
    for text in [
        "HƯỚNG DẪN NHẬP SỐ LIỆU",
        "1. Nhập kết quả thực hiện năm 2023 của từng đơn vị vào trang tính 'Tổng hợp', ô định dạng phần trăm.",
        "2. Ô để trống: chỉ tiêu không áp dụng cho đơn vị; N/A hoặc -: đơn vị chưa có số liệu năm 2023.",
        "3. Không sửa các dòng tiêu đề của bảng.",
    ]:
        guide.append([text])
    guide["A1"].font = Font(bold=True)

    sheet = workbook.create_sheet("Tổng hợp")
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=number, column=column)
            if isinstance(value, Decimal):
                cell.value = float(value / 100)
                cell.number_format = "0.00%"
            else:
                cell.value = value
    last = chr(ord("A") + WIDTH - 1)
    first_code, last_code = "C", chr(ord("C") + len(CODES) - 1)
    header = 7
    for merged in ["A1:E1", "H1:M1", "A2:E2", "H2:M2", f"A4:{last}4", f"A5:{last}5",
                   f"A{header}:A{header + 1}", f"B{header}:B{header + 1}", f"{first_code}{header}:{last_code}{header}",
                   f"{last}{header}:{last}{header + 1}"]:
        sheet.merge_cells(merged)
    footer = len(rows) - 8  # the row of the place and date
    for merged in [f"I{footer}:M{footer}", f"I{footer + 1}:M{footer + 1}", f"I{footer + 2}:M{footer + 2}", f"I{footer + 3}:M{footer + 3}", f"I{footer + 6}:M{footer + 6}"]:
        sheet.merge_cells(merged)
    for cell in ["A1", "A2", "H1", "H2", "A4", f"A{header}", f"B{header}", f"C{header}", f"{last}{header}"]:
        sheet[cell].font = Font(bold=True)
        sheet[cell].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 42
    workbook.properties.created = FIXED
    workbook.properties.modified = FIXED
    workbook.properties.creator = "KpiTargets sample"

    # openpyxl stamps each zip entry with the time of writing: the entries are copied with a fixed one.
    saved = io.BytesIO()
    workbook.save(saved)
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(os.path.join(HERE, "results.xlsx"), "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(entry.filename))


if __name__ == "__main__":
    sample_rows = sheet_rows(read_results())
    write_csv(sample_rows)
    write_xlsx(sample_rows)
