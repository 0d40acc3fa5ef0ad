"""Checking one document alone: conversion findings and encoding damage with repairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine import check_document
from app.engine.conversion import converter
from app.model import CheckSettings, Conversion, Document, Kind, Outcome, Reason


def _check(text: str, convert: Conversion = Conversion.AUTO):
    return check_document(Document(text, "txt", "utf-8"), CheckSettings(convert=convert))


def _findings(text: str, convert: Conversion = Conversion.AUTO) -> list[tuple]:
    return [(f.kind.value, f.reason and f.reason.value, f.span.text, f.suggestion)
            for f in _check(text, convert).findings]


def test_leftovers_and_choices_in_reading_order_with_ids() -> None:
    result = _check("我國今后對于幹部的培養，依托鉆石產業，經濟髮展，頭發變白。")
    assert [(f.reason.value, f.span.text, f.suggestion) for f in result.findings] == [
        ("leftover", "后", "後"), ("leftover", "于", "於"), ("leftover", "托", "託"),
        ("choice", "鉆", "鑽"), ("choice", "髮", "發"), ("choice", "發", "髮")]
    assert [f.id for f in result.findings] == ["f1", "f2", "f3", "f4", "f5", "f6"]
    text = result.document.document.text
    assert all(text[f.span.start:f.span.end] == f.span.text for f in result.findings)


def test_phrases_that_keep_the_form_are_not_flagged() -> None:
    assert _findings("國家的若干問題，皇后與乾隆，于姓人士，上海參與浦東幹部學院的發展。") == []


def test_a_character_that_is_its_own_rare_source_is_checked_as_the_usual_one() -> None:
    # 瞭 and 乾 are simplified forms too (瞭望, 乾隆), but not where the text has them.
    result = _check("上海市召開瞭會議，培養骨乾人才，頭發很長。")
    assert [(f.reason, f.span.text, f.suggestion) for f in result.findings] == [
        (Reason.CHOICE, "瞭", "了"), (Reason.CHOICE, "乾", "幹"), (Reason.CHOICE, "發", "髮")]


def test_one_to_many_characters_used_rightly_are_not_flagged() -> None:
    assert _findings("我瞭解情況，一目瞭然，明瞭，瞭望遠方，乾隆年間，乾坤，乾淨的乾貨，"
                     "餅乾，曬乾，谿水，手劄，慰藉，狼藉，憑藉，藉此，好像，與時俱進。") == []


def test_a_simplified_document_is_checked_for_traditional_forms() -> None:
    result = _check("我们的国家发展和经济建设，这里那里，國家的发展与进步。")
    assert result.conversion == "t2s"
    assert [(f.reason, f.span.text, f.suggestion) for f in result.findings] == [
        (Reason.LEFTOVER, "國", "国")]


def test_mixed_variants_give_the_minority_places() -> None:
    text = "這裡很好，那裡也好，這裏不好，裡面。"
    assert _findings(text) == [("conversion", "variant", "裏", "裡")]


def test_a_consistent_regional_standard_is_never_a_finding() -> None:
    assert _findings("為了保衞家園，衞生為先，山峯為界，以為常。") == []
    assert _findings("為了保衛家園，衛生為先，山峰為界，以為常。") == []


def test_encoding_damage_with_repairs() -> None:
    garbled = "标准文本".encode().decode("gbk")  # UTF-8 read as GBK
    findings = _findings(f"按照{garbled}执行。責任部門：市金融辦。人民銀行上??偛俊⑹薪鹑谵k監局")
    assert ("encoding", None, garbled, "标准文本") in findings
    assert ("encoding", None, "??偛俊⑹薪鹑谵k", "部、市金融辦") in findings


def test_a_shifted_reading_that_is_not_words_is_no_repair() -> None:
    # 上海跨境服務貿易 in GBK lost bytes: read one byte on, ??缇撤召Q gives 境氛貿, whose
    # neighbours (境氛, 氛貿) no text uses; the place is damaged, with nothing suggested.
    text = "制定上??缇撤召Q易負面清單，推進服務貿易便利化，完善跨境服務。"
    assert _findings(text) == [("encoding", None, "??缇撤召Q", None)]
    # Where the words are nowhere to be seen, the bytes alone do not make a repair.
    assert _findings("人民銀行上??偛俊⑹薪鹑谵k監局") == [
        ("encoding", None, "??偛俊⑹薪鹑谵k", None)]


def test_convert_none_keeps_only_encoding_damage() -> None:
    assert _findings("我國今后對于幹部，上??偛?、", Conversion.NONE) == [
        ("encoding", None, "??偛?", None)]


def test_a_region_can_be_chosen() -> None:
    result = _check("我國今后對于幹部的發展。", Conversion.HK2S)
    assert result.conversion == "s2hk"
    assert [f.suggestion for f in result.findings] == ["後", "於"]


def test_progress_and_cancel() -> None:
    seen = []
    result = check_document(Document("今后對于", "txt", "utf-8"),
                            progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    cancelled = check_document(Document("今后對于", "txt", "utf-8"),
                               should_cancel=lambda: True)
    assert cancelled.outcome is Outcome.CANCELLED and cancelled.findings == ()
    assert result.outcome is Outcome.COMPLETED


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_the_long_sample_converted_by_opencc_has_no_conversion_finding(
        samples_dir: Path, config: str) -> None:
    text = (samples_dir / "decision-pdf-extract.txt").read_text("utf-8")
    result = _check(converter(config).convert(text))
    conversions = [(f.span.start, f.span.text, f.suggestion) for f in result.findings
                   if f.kind is Kind.CONVERSION]
    assert conversions == []
    assert result.conversion == config
