"""One hardened way to parse the XML inside documents: no DTD, no entities, no network."""

from __future__ import annotations

from lxml import etree

from app.io.errors import DocumentError
from app.io.limits import check_xml_size

# A DOCTYPE is how entity attacks (external entities, billion laughs) begin; documents
# written by Word and LibreOffice never carry one, so its mere presence is refused.
_DOCTYPES = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))


def parse_xml(data: bytes, path: str, part: str) -> etree._Element:
    """Parse one XML part of a document; raise DocumentError naming the part when refused."""
    if any(doctype in data for doctype in _DOCTYPES):
        raise _refused(path, part)
    check_xml_size(data, path, part)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise DocumentError(path, f"damaged document ({part} is not valid XML: "
                            f"{error.msg})") from None
    except ValueError as error:  # e.g. an encoding declaration lxml cannot honour
        raise DocumentError(path, f"damaged document ({part}: {error})") from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:
        raise _refused(path, part)
    return root


def _refused(path: str, part: str) -> DocumentError:
    return DocumentError(path, f"refused: {part} declares a DTD (document type definition), "
                         "which can hide entity attacks")
