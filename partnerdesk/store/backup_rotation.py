"""Which automatic backups to keep: the recent ones, then one a day, a week, a month.

In the spirit of Anki's scheme: plenty of close restore points for yesterday's mistake,
and a thinning trail going back a year for the mistake noticed late. Backups taken before
an upgrade or a restore are never removed by rotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

KEEP_RECENT = 12
KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12

_NAME = re.compile(r"^partnerdesk-(\d{4}-\d{2}-\d{2}-\d{6})-(?P<reason>[\w-]+)\.sqlite3$")
ROTATED_REASONS = {"automatic", "on-close", "manual"}
# Copies of a damaged data file: never a good backup, so never counted in the rotation.
DAMAGED_SUFFIX = "-damaged"
# Of the damaged copies automatic backups keep taking, the newest few are enough to
# rescue from; a data file set aside whole ("damaged" alone) is never removed.
KEEP_DAMAGED_COPIES = 3


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str

    @property
    def rotates(self) -> bool:
        return self.reason in ROTATED_REASONS

    @property
    def damaged(self) -> bool:
        """A copy of a damaged data file, or the file itself set aside: never a backup."""
        return self.reason.startswith("damaged") or self.reason.endswith(DAMAGED_SUFFIX)


def parse_backup_name(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken_at = datetime.strptime(match.group(1), "%Y-%m-%d-%H%M%S")
    return BackupFile(path, taken_at, match.group("reason"))


def backups_in(folder: Path) -> list[BackupFile]:
    """PartnerDesk's backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [parse_backup_name(path) for path in folder.glob("partnerdesk-*.sqlite3")]
    return sorted((b for b in found if b is not None), key=lambda b: b.taken_at, reverse=True)


def backups_to_remove(backups: list[BackupFile]) -> list[BackupFile]:
    """Of these backups, the ones rotation lets go."""
    rotating = sorted((b for b in backups if b.rotates), key=lambda b: b.taken_at, reverse=True)
    keep = set(b.path for b in rotating[:KEEP_RECENT])
    for period, count in (
        ("%Y-%m-%d", KEEP_DAILY),
        ("%G-%V", KEEP_WEEKLY),
        ("%Y-%m", KEEP_MONTHLY),
    ):
        seen: list[str] = []
        for backup in rotating:
            key = backup.taken_at.strftime(period)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                # The newest backup of each day, week or month stays.
                keep.add(backup.path)
    damaged = sorted(
        (
            b
            for b in backups
            if b.reason.removesuffix(DAMAGED_SUFFIX) in ROTATED_REASONS
            and b.reason.endswith(DAMAGED_SUFFIX)
        ),
        key=lambda b: b.taken_at,
        reverse=True,
    )
    return [b for b in rotating if b.path not in keep] + damaged[KEEP_DAMAGED_COPIES:]
