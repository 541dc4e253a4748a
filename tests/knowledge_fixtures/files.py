"""Real documents for knowledge tests, generated: PDFs (fpdf2), Word (python-docx), and more.

Small on purpose (a few passages each): the embedding model does ~20 passages/s on CI.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fpdf import FPDF

TURBINE_PAGES = [
    "Turbine inspection. The bearing temperature must stay below 80 degrees Celsius during "
    "operation. Check the oil level every morning before starting the turbine.",
    "Blade maintenance. Inspect each blade for cracks after a storm. Replace a cracked blade "
    "before the turbine runs again.",
    "Emergency stop. Press the red button to stop the rotor at once. Call the site engineer "
    "after any emergency stop.",
]

GARDEN_MD = """---
title: Garden Notes
author: Ada Gardener
---

# Vegetables

Tomatoes need full sun and regular watering. Stake them when they reach knee height.

## Pests

Aphids can be removed with soapy water. Ladybugs eat aphids and are welcome guests.

# Flowers

Roses should be pruned in early spring, just above an outward-facing bud.
"""

RECIPE_HTML = """<!doctype html><html><head><title>Bread Recipe</title>
<meta name="author" content="Paul Baker"><style>p {color: red}</style>
<script>var secret = "never indexed";</script></head>
<body><nav>Home | About</nav><h1>Sourdough</h1><p>Mix flour, water and starter.
Let the dough rest overnight in a cool place.</p><h2>Baking</h2>
<p>Bake at 240 degrees for forty minutes until the crust is dark brown.</p>
<pre>step 1: preheat
step 2: bake</pre></body></html>
"""

CODE_PY = '''"""Compute invoice totals."""


def invoice_total(lines, tax_rate):
    """Sum the invoice lines and add value-added tax."""
    subtotal = sum(line.price * line.quantity for line in lines)
    return subtotal * (1 + tax_rate)
'''

NOTES_TXT = (
    "Meeting notes about the quarterly budget.\n\nThe marketing budget grows by ten percent.\n"
    "\fSecond page: the travel budget is frozen until March.\n"
)


def pdf(
    path: Path, pages: list[str], *, title: str | None = None, author: str | None = None
) -> Path:
    document = FPDF()
    document.set_font("helvetica", size=12)
    if title:
        document.set_title(title)
    if author:
        document.set_author(author)
    for text in pages:
        document.add_page()
        document.multi_cell(0, 6, text)
    document.output(str(path))
    return path


def scanned_pdf(path: Path, pages: int = 2) -> Path:
    """Pages with drawings but no text layer, like a scan without OCR."""
    document = FPDF()
    for _ in range(pages):
        document.add_page()
        document.rect(20, 20, 100, 150, style="F")
    document.output(str(path))
    return path


def encrypted_pdf(path: Path, source: Path, password: str = "s3cret") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(source).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def corrupt_pdf(path: Path, source: Path) -> Path:
    """A PDF cut short and overwritten in the middle, as a bad download leaves it."""
    data = bytearray(source.read_bytes())
    half = len(data) // 3
    data[half : half + 200] = os.urandom(200)
    path.write_bytes(b"%PDF-1.7\n" + bytes(data[40 : len(data) // 2]))
    return path


def word(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Travel Policy"
    document.core_properties.author = "HR Team"
    document.add_heading("Travel Policy", level=0)
    document.add_heading("Booking", level=1)
    document.add_paragraph("Book train tickets at least two weeks in advance.")
    document.add_heading("Expenses", level=1)
    document.add_paragraph("Keep every receipt; meals are refunded up to 30 euros a day.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Hotel"
    table.rows[0].cells[1].text = "up to 120 euros a night"
    document.save(str(path))
    return path


def corpus(folder: Path) -> Path:
    """One file of each supported kind, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    pdf(folder / "turbine.pdf", TURBINE_PAGES, title="Turbine Manual", author="Wind Co")
    (folder / "garden.md").write_text(GARDEN_MD, encoding="utf-8")
    (folder / "recipe.html").write_text(RECIPE_HTML, encoding="utf-8")
    (folder / "invoice.py").write_text(CODE_PY, encoding="utf-8")
    (folder / "notes.txt").write_text(NOTES_TXT, encoding="utf-8")
    word(folder / "travel.docx")
    return folder


def _log_lines(page: int, count: int) -> str:
    ships = ["Aurora", "Brage", "Castor", "Dagny", "Eira", "Frey", "Gerd", "Hugin"]
    cargo = ["timber", "salt", "coal", "grain", "steel", "paper", "fish", "wool"]
    return " ".join(
        f"Entry {page}.{i}: the {ships[(i + page) % 8]} moored at berth {i + 2} "
        f"and unloaded {cargo[(i * 3 + page) % 8]}."
        for i in range(count)
    )


SCANNED_KEY_SENTENCE = "The harbour pilot boards every tanker at the Ostravik light."
SCANNED_PAGES = [
    "Harbour log. The ferry to Halden leaves at seven in the morning. " + _log_lines(1, 18),
    "Cargo rules. Every crate is weighed before it is loaded on deck. " + _log_lines(2, 18),
    "Pilot orders. " + _log_lines(3, 18) + " " + SCANNED_KEY_SENTENCE,
]


def text_image(text: str, dpi: int = 150, size: tuple[float, float] = (8.27, 11.69)) -> Any:
    """A page image (PIL) of ``text`` in a clean serif font at ``dpi``, as a scanner makes it."""
    import textwrap

    from PIL import Image, ImageDraw, ImageFont

    width, height = round(size[0] * dpi), round(size[1] * dpi)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("DejaVuSerif.ttf", round(30 * dpi / 150))
    y = round(150 * dpi / 150)
    for line in textwrap.wrap(text, 52):
        draw.text((round(120 * dpi / 150), y), line, fill="black", font=font)
        y += round(48 * dpi / 150)
    return image


def scanned_text_pdf(path: Path, pages: list[str], dpi: int = 150) -> Path:
    """A PDF whose pages are images of text only (no text layer): a scan without OCR."""
    document = FPDF()
    for text in pages:
        document.add_page()
        document.image(text_image(text, dpi), x=0, y=0, w=210, h=297)
    document.output(str(path))
    return path


def text_png(path: Path, text: str) -> Path:
    """A PNG of a page of text (a photographed or scanned page)."""
    text_image(text).save(path, "PNG")
    return path
