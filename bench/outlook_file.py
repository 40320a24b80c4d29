"""An Outlook CSV export for the import benchmark, made from what the dataset holds.

About a quarter of the rows are people PartnerDesk already knows (same e-mail, same name
at the same organization, or a name with a typo), some repeat an earlier row of the same
file, a few cannot be used, and the rest are new: the mix a real address book brings.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from dataset_words import FAMILY_NAMES, GIVEN_NAMES, PLACES, ROLES, ascii_slug
from sqlalchemy import select

from partnerdesk.exports.contacts import OUTLOOK_COLUMNS
from partnerdesk.store.database import Database
from partnerdesk.store.models import Contact, ContactEmail, Organization

# Outlook's own CSV header, as PartnerDesk's Outlook export writes it.
OUTLOOK_HEADERS = list(OUTLOOK_COLUMNS)


def _typo(name: str, rng: random.Random) -> str:
    """One letter doubled: "Maria Lopez" -> "Mariia Lopez" (still 90% alike)."""
    position = rng.randrange(1, len(name))
    return name[:position] + name[position - 1] + name[position:]


def write_outlook_csv(database: Database, path: Path, rows: int, seed: int = 7) -> dict[str, int]:
    """Write ``rows`` Outlook rows to ``path``; returns how many of each kind were made."""
    rng = random.Random(seed)
    with database.session() as session:
        stored = session.execute(
            select(Contact.id, Contact.given_name, Contact.family_name, Organization.name)
            .outerjoin(Organization, Organization.id == Contact.organization_id)
            .where(Contact.deleted_at.is_(None))
            .order_by(Contact.id)
        ).all()
        emails = dict(
            session.execute(
                select(ContactEmail.contact_id, ContactEmail.address).where(
                    ContactEmail.position == 0
                )
            ).all()
        )
        organizations = list(
            session.scalars(select(Organization.name).where(Organization.deleted_at.is_(None)))
        )
    made = {"same e-mail": 0, "same name": 0, "similar name": 0, "repeated": 0}
    made |= {"unusable": 0, "new": 0}
    written: list[dict[str, str]] = []  # usable rows, which a later row may repeat
    every_row: list[dict[str, str]] = []
    for number in range(rows):
        roll = rng.random()
        row = {header: "" for header in OUTLOOK_HEADERS}
        if roll < 0.40 and stored:
            contact_id, given, family, company = rng.choice(stored)
            row |= {"First Name": given, "Last Name": family, "Company": company or ""}
            if roll < 0.15 and contact_id in emails:
                row["E-mail Address"] = emails[contact_id].upper()  # case is ignored
                made["same e-mail"] += 1
            elif roll < 0.20:
                made["same name"] += 1
            elif roll < 0.25:
                row["First Name"] = _typo(given, rng)
                made["similar name"] += 1
            else:  # the same name elsewhere: a different person
                row["Company"] = rng.choice(organizations)
                made["new"] += 1
        elif roll < 0.43 and written:
            row = dict(rng.choice(written))
            row["Mobile Phone"] = f"({rng.randint(201, 989)}) 555-01{rng.randint(0, 99):02d}"
            made["repeated"] += 1
        elif roll < 0.44:
            row["Notes"] = "Met at the health fair; name not taken down."
            made["unusable"] += 1
        else:
            given, family = rng.choice(GIVEN_NAMES), rng.choice(FAMILY_NAMES)
            new_company = rng.random() < 0.15
            company = f"{rng.choice(PLACES)} Neighbors {number}" if new_company else ""
            company = company or rng.choice(organizations)
            row |= {"First Name": given, "Last Name": family, "Company": company}
            slug = ascii_slug(f"{given} {family}") or "person"
            row["E-mail Address"] = f"{slug}.{number}@mail.example"
            made["new"] += 1
        if row["First Name"] or row["E-mail Address"]:
            row["Job Title"] = row["Job Title"] or rng.choice(ROLES)
            row["Business Phone"] = f"({rng.randint(201, 989)}) 555-01{rng.randint(0, 99):02d}"
            row["E-mail Type"] = "SMTP" if row["E-mail Address"] else ""
            full = f"{row['First Name']} {row['Last Name']}".strip()
            row["E-mail Display Name"] = f"{full} ({row['E-mail Address']})" if full else ""
            written.append(row)
        every_row.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, OUTLOOK_HEADERS, quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerows(every_row)
    return made
