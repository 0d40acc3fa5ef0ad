"""A minimal, valid WordprocessingML package written with lxml."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from app.io.controls import visible

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NSMAP = {"w": W, "r": R}
EAST_ASIAN_FONT = "宋体"
LATIN_FONT = "Times New Roman"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def element(tag: str, attributes: dict[str, str] | None = None, *children: etree._Element
            ) -> etree._Element:
    """A ``w:`` element with ``w:``-qualified attributes."""
    created = etree.Element(w(tag), {w(k): visible(v) for k, v in (attributes or {}).items()},
                            nsmap=NSMAP)
    created.extend(children)
    return created


def run(text: str, *properties: etree._Element, deleted: bool = False) -> etree._Element:
    """A run of text; line breaks become ``w:br``, tabs ``w:tab``."""
    created = element("r")
    if properties:
        created.append(element("rPr", None, *properties))
    # Children made in place (SubElement) rather than built apart and moved: a fraction of
    # the cost, which matters in reports of tens of thousands of runs.
    text_tag = w("delText" if deleted else "t")
    for number, line in enumerate(text.split("\n")):
        if number:
            etree.SubElement(created, w("br"))
        for tab_number, part in enumerate(line.split("\t")):
            if tab_number:
                etree.SubElement(created, w("tab"))
            if part:
                etree.SubElement(created, text_tag, {XML_SPACE: "preserve"}).text = visible(part)
    return created


def paragraph(*children: etree._Element, style: str | None = None) -> etree._Element:
    created = element("p")
    if style:
        created.append(element("pPr", None, element("pStyle", {"val": style})))
    created.extend(children)
    return created


def landscape_section() -> etree._Element:
    """A4 landscape with 2 cm margins."""
    return element("sectPr", None,
                   element("pgSz", {"w": "16838", "h": "11906", "orient": "landscape"}),
                   element("pgMar", {"top": "1134", "right": "1134", "bottom": "1134",
                                     "left": "1134", "header": "567", "footer": "567",
                                     "gutter": "0"}))


def _styles() -> bytes:
    fonts = element("rFonts", {"ascii": LATIN_FONT, "hAnsi": LATIN_FONT,
                               "eastAsia": EAST_ASIAN_FONT, "cs": LATIN_FONT})
    defaults = element("docDefaults", None,
                       element("rPrDefault", None, element("rPr", None, fonts,
                                                           element("sz", {"val": "21"}),
                                                           element("lang", {
                                                               "val": "en-US",
                                                               "eastAsia": "zh-CN"}))))
    normal = element("style", {"type": "paragraph", "default": "1", "styleId": "Normal"},
                     element("name", {"val": "Normal"}))
    title = element("style", {"type": "paragraph", "styleId": "Title"},
                    element("name", {"val": "Title"}), element("basedOn", {"val": "Normal"}),
                    element("rPr", None, element("rFonts", {"eastAsia": "黑体"}),
                            element("b"), element("sz", {"val": "32"})))
    table = element("style", {"type": "table", "styleId": "Grid"},
                    element("name", {"val": "Table Grid"}),
                    element("tblPr", None, element("tblBorders", None, *[
                        element(side, {"val": "single", "sz": "4", "space": "0",
                                       "color": "808080"})
                        for side in ("top", "left", "bottom", "right", "insideH",
                                     "insideV")])))
    comment = element("style", {"type": "paragraph", "styleId": "CommentText"},
                      element("name", {"val": "annotation text"}))
    styles = element("styles", None, defaults, normal, title, table, comment)
    return etree.tostring(styles, xml_declaration=True, encoding="UTF-8", standalone=True)


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def write_package(path: Path, body: Iterable[etree._Element],
                  comments: Sequence[bytes] | None = None, title: str = "") -> None:
    """Write ``body`` (paragraphs and tables, last a section) as a .docx at ``path``.

    ``body`` may be a generator: each element is written to the package as it comes, so
    that a long document is never held whole in memory. ``comments`` are serialized
    ``w:comment`` elements (see ``comment_bytes``), read once ``body`` is exhausted.
    """
    types = etree.Element(f"{{{CONTENT_TYPES}}}Types", nsmap={None: CONTENT_TYPES})
    for extension, content_type in (
            ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
            ("xml", "application/xml")):
        etree.SubElement(types, f"{{{CONTENT_TYPES}}}Default", Extension=extension,
                         ContentType=content_type)
    parts = {
        "/word/document.xml": "application/vnd.openxmlformats-officedocument."
                              "wordprocessingml.document.main+xml",
        "/word/styles.xml": "application/vnd.openxmlformats-officedocument."
                            "wordprocessingml.styles+xml",
        "/word/settings.xml": "application/vnd.openxmlformats-officedocument."
                              "wordprocessingml.settings+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    }
    if comments is not None:
        parts["/word/comments.xml"] = ("application/vnd.openxmlformats-officedocument."
                                       "wordprocessingml.comments+xml")
    for name, content_type in parts.items():
        etree.SubElement(types, f"{{{CONTENT_TYPES}}}Override", PartName=name,
                         ContentType=content_type)
    package_rels = etree.Element(f"{{{PACKAGE_RELS}}}Relationships",
                                 nsmap={None: PACKAGE_RELS})
    etree.SubElement(package_rels, f"{{{PACKAGE_RELS}}}Relationship", Id="rId1",
                     Type=f"{R}/officeDocument", Target="word/document.xml")
    etree.SubElement(package_rels, f"{{{PACKAGE_RELS}}}Relationship", Id="rId2",
                     Type="http://schemas.openxmlformats.org/package/2006/relationships/"
                          "metadata/core-properties", Target="docProps/core.xml")
    document_rels = etree.Element(f"{{{PACKAGE_RELS}}}Relationships",
                                  nsmap={None: PACKAGE_RELS})
    etree.SubElement(document_rels, f"{{{PACKAGE_RELS}}}Relationship", Id="rId1",
                     Type=f"{R}/styles", Target="styles.xml")
    etree.SubElement(document_rels, f"{{{PACKAGE_RELS}}}Relationship", Id="rId2",
                     Type=f"{R}/settings", Target="settings.xml")
    if comments is not None:
        etree.SubElement(document_rels, f"{{{PACKAGE_RELS}}}Relationship", Id="rId3",
                         Type=f"{R}/comments", Target="comments.xml")
    settings = element("settings", None, element("defaultTabStop", {"val": "420"}),
                       element("compat", None, element("compatSetting", {
                           "name": "compatibilityMode",
                           "uri": "http://schemas.microsoft.com/office/word",
                           "val": "15"})))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _xml(types))
        package.writestr("_rels/.rels", _xml(package_rels))
        package.writestr("word/_rels/document.xml.rels", _xml(document_rels))
        with package.open(_streamed("word/document.xml"), "w", force_zip64=True) as part, \
                etree.xmlfile(part, encoding="UTF-8") as xml:
            xml.write_declaration(standalone=True)
            with xml.element(w("document"), nsmap=NSMAP), xml.element(w("body")):
                for block in body:
                    xml.write(block)
        package.writestr("word/styles.xml", _styles())
        package.writestr("word/settings.xml", _xml(settings))
        package.writestr("docProps/core.xml", _core(title))
        if comments is not None:
            with package.open(_streamed("word/comments.xml"), "w", force_zip64=True) as part:
                part.write("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                           f'<w:comments xmlns:w="{W}" xmlns:r="{R}">'.encode())
                for comment in comments:
                    part.write(comment)
                part.write(b"</w:comments>")


def _streamed(name: str) -> zipfile.ZipInfo:
    """A part written as it is made, dated now like the parts ``writestr`` adds."""
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def comment_bytes(comment: etree._Element) -> bytes:
    """One ``w:comment`` serialized for ``write_package``, kept compact until it is written."""
    return etree.tostring(comment, encoding="UTF-8")


def _core(title: str) -> bytes:
    cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    dc, dcterms = "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/"
    xsi = "http://www.w3.org/2001/XMLSchema-instance"
    root = etree.Element(f"{{{cp}}}coreProperties",
                         nsmap={"cp": cp, "dc": dc, "dcterms": dcterms, "xsi": xsi})
    etree.SubElement(root, f"{{{dc}}}title").text = visible(title)
    etree.SubElement(root, f"{{{dc}}}creator").text = "Duizhao"
    created = etree.SubElement(root, f"{{{dcterms}}}created")
    created.set(f"{{{xsi}}}type", "dcterms:W3CDTF")
    created.text = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return _xml(root)
