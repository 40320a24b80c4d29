"""The tables' outlines the Today page reads agree with the models they outline."""

from __future__ import annotations

import pytest
from sqlalchemy import Enum
from sqlalchemy.sql.expression import TableClause

from partnerdesk.store.models import Base
from partnerdesk.store.outlines import OUTLINES


@pytest.mark.parametrize("outline", OUTLINES, ids=lambda outline: outline.name)
def test_each_outlined_column_is_the_models_column_with_its_type(outline: TableClause) -> None:
    model_table = Base.metadata.tables[outline.name]
    for column in outline.columns:
        assert column.name in model_table.columns, f"{outline.name}.{column.name} is not stored"
        stored = model_table.columns[column.name].type
        assert type(column.type) is type(stored), f"{outline.name}.{column.name}"
        if isinstance(stored, Enum):
            assert isinstance(column.type, Enum)
            assert column.type.enum_class is stored.enum_class
            assert column.type.enums == stored.enums
