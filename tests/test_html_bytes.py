"""``normalise_html`` on bytes: decoded by mark, declaration, UTF-8, then detection."""

from __future__ import annotations

import pytest

from newsnorm import normalise_html

LATIN = (
    "<p>Die Stadt Zürich hat am Montag die neue Fähre über den See in Betrieb genommen, "
    "teilte die Verwaltung mit. Größere Schiffe sollen im Frühjahr folgen, hieß es.</p>"
    "<p>Die Fahrgäste warteten bei Nebel fast eine Stunde am Steg, bevor die Überfahrt "
    "beginnen konnte; die Gemeinde übernimmt die zusätzlichen Kosten für die Reparatur.</p>"
)
SMART = (
    "<p>\u201cWe are back,\u201d the captain said on Monday \u2013 the crossing costs \u20ac4 "
    "again \u2026 and the harbour office said the repairs took three weeks in total.</p>"
    "<p>Around two hundred passengers took the first crossing, which left at seven in the "
    "morning and arrived twelve minutes late because of the fog in the bay.</p>"
)
JAPANESE = (
    "<p>島と本土を結ぶフェリーが月曜日、エンジンの修理を終えて三週間ぶりに運航を再開した。"
    "港湾事務所によると、最初の便には約二百人の乗客が乗った。</p>"
    "<p>霧のため到着は十二分遅れたが、運賃は夏まで変わらないという。町は修理費を積立金で"
    "賄うと説明した。</p>"
)


def page(body: str, charset: str = "", title: str = "Fähre") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f"<html><head>{meta}<title>{title}</title></head><body><article>{body}"
        "</article></body></html>"
    )


@pytest.mark.parametrize("charset", ["iso-8859-1", "latin-1"])
def test_latin_1_page(charset: str) -> None:
    article = normalise_html(page(LATIN, charset).encode("latin-1"))
    assert "Zürich" in article.text
    assert "Größere" in article.text
    assert "\ufffd" not in article.text


def test_windows_1252_page_keeps_quotes_and_euro() -> None:
    article = normalise_html(page(SMART, "windows-1252").encode("cp1252"))
    assert "\u201cWe are back,\u201d" in article.text
    assert "\u20ac4" in article.text
    assert any(quote.text.startswith("We are back") for quote in article.quotes)


def test_shift_jis_page() -> None:
    article = normalise_html(page(JAPANESE, "shift_jis", "フェリー再開").encode("shift_jis"))
    assert "フェリー" in article.text
    assert article.title == "フェリー再開"
    assert article.language.code == "ja"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf_16_page_with_a_byte_order_mark(codec: str) -> None:
    data = page(LATIN).encode(codec)
    if codec != "utf-16":
        data = ("\ufeff" + page(LATIN)).encode(codec)
    article = normalise_html(data)
    assert "Zürich" in article.text
    assert "\x00" not in article.text


def test_utf_8_bytes_equal_the_str() -> None:
    html = page(LATIN)
    assert normalise_html(html.encode("utf-8")) == normalise_html(html)


def test_bytearray_and_memoryview_are_bytes_too() -> None:
    data = page(LATIN).encode("utf-8")
    assert normalise_html(bytearray(data)).text == normalise_html(memoryview(data)).text


def test_binary_bytes_give_an_empty_article() -> None:
    article = normalise_html(bytes(range(256)) * 8)
    assert (article.text, article.title, article.published) == ("", None, None)
