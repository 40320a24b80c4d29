"""The quicker accent folding (migration 0006) folds every text exactly as 0005's did.

The search indexes built with 0005's function stay in use, so any difference would make
a search miss a record: compared here on PostgreSQL, text by text.
"""

from __future__ import annotations

import importlib
import random

import pytest
from sqlalchemy import text

from partnerdesk.store.database import Database

pytestmark = pytest.mark.postgresql_only
migration = importlib.import_module(
    "partnerdesk.store.migrations.versions.0006_quicker_accent_folding"
)

SAMPLES = [
    "",
    "Plain ASCII text, Riverbend Health 2026!",
    "José Ramírez — “quoted”, with a dash",
    "NGUYỄN Thị Minh Khai",
    "Jose\u0301 decomposed",  # e + combining acute: NFC makes it é, then e
    "İstanbul ıI Ǆ ǅ ǆ ß ẞ",
    "Ελληνικά Ά and Кириллица Й",
    "emoji 🙂 and tab\tand newline\n",
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ",
]


def _every_letter_and_mixes() -> list[str]:
    letters = [chr(code) for low, high in migration.FOLDED_BLOCKS for code in range(low, high + 1)]
    pool = letters + list("abcXYZ 09-—’\u0301\u0308")
    chooser = random.Random(22)
    return ["".join(letters)] + [
        "".join(chooser.choice(pool) for _ in range(chooser.randint(1, 40))) for _ in range(300)
    ]


def test_the_quicker_folding_gives_what_the_first_one_gave(database: Database) -> None:
    original = migration.original_statement().replace(
        f"FUNCTION {migration.FUNCTION}(", "FUNCTION pg_temp.fold_0005("
    )
    texts = SAMPLES + _every_letter_and_mixes()
    with database.engine.begin() as connection:
        connection.exec_driver_sql(original)
        rows = connection.execute(
            text(
                "SELECT value, partnerdesk_fold(value), pg_temp.fold_0005(value) "
                "FROM unnest(CAST(:texts AS text[])) AS value"
            ),
            {"texts": texts},
        ).all()
    assert len(rows) == len(texts)
    assert [(value, new) for value, new, _ in rows] == [(value, old) for value, _, old in rows]
    assert rows[2][1].startswith("jose ramirez")  # and it still folds
