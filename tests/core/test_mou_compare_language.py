"""Comparing MOU versions in the window's language: the sections and fields named in it,
what the partners wrote left as written (issue 21)."""

from __future__ import annotations

from partnerdesk.core.document_language import document_language
from partnerdesk.core.mou_compare import Change, compare_versions


def test_a_comparison_in_spanish_names_the_sections_and_fields_in_spanish() -> None:
    older = {"purpose": {"purpose": "Food for older neighbours."}}
    newer = {"purpose": {"purpose": "Food for older neighbours, delivered."}}
    compared = {item.section_id: item for item in compare_versions(older, newer, "es")}
    purpose = compared["purpose"]
    assert purpose.change is Change.CHANGED
    assert purpose.title == "Propósito y visión compartida"
    text = "".join(piece.text for piece in purpose.pieces)
    assert text.startswith("Propósito: Food for older neighbours")
    assert compared["parties"].title == "Partes y firmantes"
    assert document_language() == "en", "the language is not left set for what follows"
    english = {item.section_id: item for item in compare_versions(older, newer)}
    assert english["purpose"].title == "Purpose and shared vision"
