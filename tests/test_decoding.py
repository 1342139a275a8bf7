import codecs
import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsnorm.decoding import NotTextError, decode

PHRASE = "Die Fähre nach Zürich fährt wieder – «très bien», sagte sie."


@pytest.mark.parametrize("codec", ["utf-8", "cp1252", "latin-1"])
def test_single_byte_and_utf8_text_round_trips(codec):
    text = "Zürich café naïve" if codec != "utf-8" else PHRASE
    assert decode(text.encode(codec)).text == text


@pytest.mark.parametrize(
    ("mark", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    ],
)
def test_byte_order_marks_win_and_are_dropped(mark, codec, name):
    decoded = decode(mark + PHRASE.encode(codec))
    assert decoded.text == PHRASE
    assert decoded.method == "bom"
    assert decoded.encoding == name


def test_short_latin_text_is_read_as_windows_1252():
    text = "Une crème brûlée à la française, très appréciée."
    decoded = decode(text.encode("latin-1"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


def test_html_declaration_is_read():
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    data = (page + "<p>Gr\u00fc\u00dfe aus K\u00f6ln</p>").encode("latin-1")
    decoded = decode(data, html=True)
    assert "Grüße aus Köln" in decoded.text
    assert decoded.method == "declared"
    assert decoded.encoding == "cp1252"


def test_shift_jis_page_by_declaration():
    page = '<meta charset="shift_jis"><p>東京の港で新しいフェリーが運航を始めた。</p>'
    decoded = decode(page.encode("shift_jis"), html=True)
    assert "東京の港" in decoded.text


def test_declaration_that_does_not_fit_falls_back_to_utf8():
    page = '<meta charset="us-ascii"><p>Kraków — żółw</p>'
    assert "żółw" in decode(page.encode("utf-8"), html=True).text


def test_given_encoding_overrides_and_unknown_is_an_error():
    assert decode("café".encode("cp1252"), encoding="cp1252").method == "given"
    with pytest.raises(LookupError, match="unknown encoding"):
        decode(b"x", encoding="no-such-codec")


def test_binary_is_not_text():
    with pytest.raises(NotTextError):
        decode(bytes(range(256)) * 40)
    with pytest.raises(NotTextError):
        decode(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" * 50)


def test_bad_argument_type():
    with pytest.raises(TypeError, match="bytes"):
        decode("text")  # type: ignore[arg-type]


@given(st.text())
def test_utf8_of_any_text_decodes_to_itself_or_is_refused(text):
    data = text.encode("utf-8", errors="surrogatepass")
    try:
        decoded = decode(data)
    except NotTextError:
        return
    assert isinstance(decoded.text, str)


@given(st.binary(max_size=2000), st.booleans())
def test_any_bytes_decode_or_raise_not_text(data, html):
    with contextlib.suppress(NotTextError):
        assert isinstance(decode(data, html=html).text, str)
