"""PostgreSQL: the search's accent folding, same results, without its cost on most text.

partnerdesk_fold() (0005) runs translate() over some 250 accented letters, which costs
PostgreSQL about a millisecond per note: building the notes' search index and gathering
its statistics took 80 of the 88 seconds of copying 40,000 notes into a shared database
(issue 22), and every saved note paid it too. ASCII text comes out of it unchanged, so it
now skips it, and other text is translated block by block (Latin-1, Latin Extended-A, …)
only for the blocks it has letters of. The results are the same for every text, so the
indexes built with the old function stay valid. SQLite: nothing.

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
# Frozen here: the Unicode blocks whose letters 0005 folds (Latin-1 Supplement, Latin
# Extended-A, Latin Extended-B, Latin Extended Additional), each translated on its own.
FOLDED_BLOCKS = ((0x00C0, 0x00FF), (0x0100, 0x017F), (0x0180, 0x024F), (0x1E00, 0x1EFF))


def quicker_statement() -> str:
    folding = accent_folding()
    steps = []
    for low, high in FOLDED_BLOCKS:
        block = {letter: plain for letter, plain in folding.items() if low <= ord(letter) <= high}
        source, target = "".join(block), "".join(block.values())
        steps.append(
            f"IF folded ~ '[{chr(low)}-{chr(high)}]' THEN "
            f"folded := translate(folded, '{source}', '{target}'); END IF;"
        )
    assert all(any(low <= ord(c) <= high for low, high in FOLDED_BLOCKS) for c in folding)
    # translate() compares each character with every letter it is given: a block's
    # letters only when the text holds one of them, and none for ASCII text (which
    # normalize() and translate() would leave as it is).
    return (
        f"CREATE OR REPLACE FUNCTION {FUNCTION}(value text) RETURNS text "
        "LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$ DECLARE folded text; BEGIN "
        "IF octet_length(value) = length(value) THEN RETURN lower(value); END IF; "
        "folded := lower(normalize(value, NFC)); " + " ".join(steps) + " RETURN folded; END $$"
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
