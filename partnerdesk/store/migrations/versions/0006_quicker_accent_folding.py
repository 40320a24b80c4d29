"""PostgreSQL: the search's accent folding, same results, without its cost on most text.

partnerdesk_fold() (0005) runs translate() over some 400 accented letters, which costs
PostgreSQL about a millisecond per note: building the notes' search index and gathering
its statistics took 80 of the 88 seconds of copying 40,000 notes into a shared database
(issue 22), and every saved note paid it too. Text without any of those letters (all
plain ASCII text, and text whose only non-ASCII characters are dashes or quotes) comes
out of translate() unchanged, so it now skips it: the results are the same for every
text, and the indexes built with the old function stay valid. SQLite: nothing.

Revision ID: 0006
Revises: 0005
Created: 2026-12-04
"""

from alembic import op

from partnerdesk.store.search_index import accent_folding

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

FUNCTION = "partnerdesk_fold"
# Frozen here: the blocks 0005 folds (Latin-1 Supplement, Latin Extended-A and B, Latin
# Extended Additional), which hold every letter translate() changes.
FOLDED_BLOCKS = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))


def quicker_statement() -> str:
    folding = accent_folding()
    source, target = "".join(folding), "".join(folding.values())
    assert all(any(low <= ord(c) <= high for low, high in FOLDED_BLOCKS) for c in source)
    letters = "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in FOLDED_BLOCKS) + "]"
    folded = "lower(normalize(value, NFC))"
    # ASCII text: normalize() leaves it as it is and translate() finds nothing to change.
    return (
        f"CREATE OR REPLACE FUNCTION {FUNCTION}(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT CASE "
        "WHEN octet_length(value) = length(value) THEN lower(value) "
        f"WHEN {folded} ~ '{letters}' THEN translate({folded}, '{source}', '{target}') "
        f"ELSE {folded} END $$"
    )


def original_statement() -> str:
    folding = accent_folding()
    source, target = "".join(folding), "".join(folding.values())
    return (
        f"CREATE OR REPLACE FUNCTION {FUNCTION}(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS "
        f"$$ SELECT translate(lower(normalize(value, NFC)), '{source}', '{target}') $$"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(quicker_statement())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(original_statement())
