"""Every message a user reads can be translated, and the .ts knows every one (issue 21).

- No user-visible string literal in the window's code (or a command's output) escapes
  translation: literals given to Qt's text setters, widgets, dialogs and the program's own
  message functions must be inside ``self.tr`` / ``translate`` / ``QT_TRANSLATE_NOOP``.
- resources/translations/*.ts are up to date with the sources: lupdate run into a copy
  finds no new message and none gone (run ``scripts/translations.py update``).
- Every finished translation keeps its source's placeholders ({name}, %n).
- Every message is translated (finished) into every language: a new message comes with
  its Spanish (docs/translating.md).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from partnerdesk.translation_files import compile_translation, qt_program

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"

# Calls whose text arguments people read (by the called name: a method or a class).
TEXT_SINKS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setLabelText",
    "setHtml",
    "setPlainText",
    "setSpecialValueText",
    "setTitle",
    "setTabText",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "addAction",
    "addMenu",
    "addTab",
    "addItem",
    "addItems",
    "addRow",
    "addButton",
    "showMessage",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QTableWidgetItem",
    "QListWidgetItem",
    "QToolButton",
    "QMenu",
    # Qt's message boxes and input dialogs.
    "information",
    "warning",
    "critical",
    "question",
    "getText",
    "getItem",
    "getOpenFileName",
    "getSaveFileName",
    "getExistingDirectory",
    # PartnerDesk's own: ui/dialogs.py, ui/operations.py, the status bar.
    "inform",
    "warn",
    "problem",
    "confirm",
    "choose",
    "pick",
    "ask_text",
    "ask_password",
    "save_changes",
    "save_file",
    "open_file",
    "choose_folder",
    "about",
    "tell",
    "show_status",
    "show_message",
    "add_row",
    "change",
    "long_change",
    "query",
    "long_query",
}
# Keyword arguments that carry text for people, whatever the call.
TEXT_KEYWORDS = {"label", "action", "close", "title", "text", "help", "description", "epilog"}
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}
# Literals that look like text but are not for translation, each with its reason.
ALLOWED = {
    # The program's name and its licence's identifier are the same in every language.
    "PartnerDesk",
    "GPL-3.0-or-later",
    # The self-test's per-step verdicts are read by scripts and support, as they are.
    "ok ",
    "FAILED",
    # An example of a database address, written as the user types it in any language.
    "postgresql://user@server/database",
}
# Lines for the log file are for whoever helps with PartnerDesk: they stay in English.
LOGGERS = {"log", "logger", "logging"}
UI_SOURCES = [ROOT / "partnerdesk" / "app.py", *sorted((ROOT / "partnerdesk" / "ui").rglob("*.py"))]
COMMAND_SOURCES = [
    ROOT / "partnerdesk" / "cli.py",
    *sorted((ROOT / "partnerdesk" / "commands").glob("*.py")),
]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _called_name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    if isinstance(function, ast.Name):
        return function.id
    return ""


def _readable_text(node: ast.expr) -> str | None:
    """The literal text of a string or f-string a person would read, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    else:
        return None
    # Markup alone (tags, their styles, entities) is no text to translate.
    text = re.sub(r"<[^<>]*>|&[a-z]+;", "", text)
    if not re.search(r"[A-Za-z]{2}", text) or text.strip() in ALLOWED:
        return None
    if re.fullmatch(r"[a-z0-9_\-./:]+", text):  # a key, a name, a path part
        return None
    return text


def _texts_in(argument: ast.expr) -> list[ast.expr]:
    """The literals an argument is made of: itself, both sides of a conditional, the items
    of a list or tuple."""
    if isinstance(argument, ast.IfExp):
        return [*_texts_in(argument.body), *_texts_in(argument.orelse)]
    if isinstance(argument, (ast.List, ast.Tuple)):
        return [item for element in argument.elts for item in _texts_in(element)]
    if isinstance(argument, ast.BinOp) and isinstance(argument.op, ast.Add):
        return [*_texts_in(argument.left), *_texts_in(argument.right)]
    return [argument]


@dataclass(frozen=True)
class Unmarked:
    where: str
    text: str


def unmarked_texts(path: Path, sinks: set[str]) -> list[Unmarked]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or _called_name(call) in TRANSLATING:
            continue
        receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
        if isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
            continue
        arguments: list[ast.expr] = []
        if _called_name(call) in sinks:
            arguments.extend(call.args)
        arguments.extend(keyword.value for keyword in call.keywords if keyword.arg in TEXT_KEYWORDS)
        for argument in arguments:
            for literal in _texts_in(argument):
                text = _readable_text(literal)
                if text is not None:
                    where = f"{path.relative_to(ROOT)}:{literal.lineno}"
                    found.append(Unmarked(where, text[:60]))
    return found


def test_every_text_the_window_shows_is_marked_for_translation() -> None:
    found = [item for path in UI_SOURCES for item in unmarked_texts(path, TEXT_SINKS)]
    assert not found, "wrap these in self.tr / QCoreApplication.translate:\n" + "\n".join(
        f"{item.where}: {item.text!r}" for item in found
    )


def test_every_message_a_command_prints_is_marked_for_translation() -> None:
    sinks = {"print", "add_parser", "add_argument", "add_argument_group", "error", "exit"}
    found = [item for path in COMMAND_SOURCES for item in unmarked_texts(path, sinks)]
    assert not found, "wrap these in translate(...):\n" + "\n".join(
        f"{item.where}: {item.text!r}" for item in found
    )


def test_the_check_finds_an_unmarked_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(self, n):\n"
        "    self.label.setText('Saved.')\n"
        "    self.label.setText(self.tr('Saved.'))\n"
        "    self.dialogs.inform(self.tr('Gone'), f'{n} went away.' if n else 'Nothing')\n"
        "    self.setObjectName('answer-editor')\n"
        "    operations.change(work, label='Saving…')\n",
        encoding="utf-8",
    )
    found = [(item.where.split(":")[-1], item.text) for item in _unmarked_in(sample)]
    assert found == [("2", "Saved."), ("4", " went away."), ("4", "Nothing"), ("6", "Saving…")]


def _unmarked_in(path: Path) -> list[Unmarked]:
    global ROOT
    saved, ROOT = ROOT, path.parent
    try:
        return unmarked_texts(path, TEXT_SINKS)
    finally:
        ROOT = saved


def test_messages_variables_are_named_like_their_context() -> None:
    """lupdate takes the name before ``.tr`` as the context: ``Commands.tr(...)`` is found
    in "Commands" only if the variable is ``Commands = Messages("Commands")``."""
    wrong = []
    for path in [*UI_SOURCES, *COMMAND_SOURCES, *sorted((ROOT / "partnerdesk").rglob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and _called_name(node.value) == "Messages"
                and node.value.args
                and isinstance(node.value.args[0], ast.Constant)
            ):
                names = [target.id for target in node.targets if isinstance(target, ast.Name)]
                if names != [node.value.args[0].value]:
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not wrong


Key = tuple[str, str, str, bool]


def messages(ts: Path) -> dict[Key, ElementTree.Element]:
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            found[key] = message
    return found


@pytest.mark.skipif(qt_program("lupdate") is None, reason="needs Qt's lupdate (PySide6)")
def test_the_translation_files_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    script = _load_script()
    for updated in script.update(into=tmp_path):
        committed = TRANSLATIONS / updated.name
        now, before = set(messages(updated)), set(messages(committed))
        assert now == before, (
            f"{committed.name} is not up to date: run scripts/translations.py update\n"
            f"new: {sorted(now - before)[:20]}\ngone: {sorted(before - now)[:20]}"
        )


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?n|%\d")


def _translations() -> list[tuple[Path, Key, ElementTree.Element]]:
    return [
        (ts, key, message)
        for ts in sorted(TRANSLATIONS.glob("*.ts"))
        for key, message in messages(ts).items()
    ]


def test_finished_translations_keep_their_placeholders() -> None:
    wrong = []
    for ts, (context, source, _comment, numerus), message in _translations():
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        texts = (
            [form.text or "" for form in translation.iter("numerusform")]
            if numerus
            else [translation.text or ""]
        )
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            # A plural form may leave out the number ("un contacto"); nothing else.
            have = sorted(set(PLACEHOLDER.findall(text)))
            counts = ("%n", "%Ln")
            if [p for p in wanted if p not in counts] != [p for p in have if p not in counts]:
                wrong.append(f"{ts.name} {context}: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_the_translations_compile(tmp_path: Path) -> None:
    if qt_program("lrelease") is None:
        pytest.skip("needs Qt's lrelease (PySide6)")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        target = tmp_path / ts.with_suffix(".qm").name
        assert compile_translation(ts, target)
        assert target.stat().st_size > 0


def test_every_message_is_translated() -> None:
    unfinished = []
    for ts, (context, source, _comment, numerus), message in _translations():
        translation = message.find("translation")
        forms = (
            [form.text for form in translation.iter("numerusform")]
            if translation is not None and numerus
            else [translation.text if translation is not None else None]
        )
        if (
            translation is None
            or translation.get("type") in ("unfinished", "obsolete", "vanished")
            or not all(forms)
        ):
            unfinished.append(f"{ts.name} {context}: {source[:60]!r}")
    assert not unfinished, f"{len(unfinished)} messages to translate:\n" + "\n".join(
        unfinished[:50]
    )


def test_a_plain_pip_install_compiles_the_translation_on_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No .qm beside the .ts (``pip install .`` ships only the .ts): it is compiled once
    into the cache folder, and found there the next time."""
    if qt_program("lrelease") is None:
        pytest.skip("needs Qt's lrelease (PySide6)")
    import shutil

    from partnerdesk import translation_files

    shipped = tmp_path / "resources"
    (shipped / "translations").mkdir(parents=True)
    shutil.copy(TRANSLATIONS / "partnerdesk_es.ts", shipped / "translations")
    monkeypatch.setattr(translation_files, "resource", lambda *parts: shipped.joinpath(*parts))
    cache = tmp_path / "cache"
    compiled = translation_files.compiled_translation("es", cache)
    assert compiled is not None and compiled.is_relative_to(cache) and compiled.stat().st_size
    assert translation_files.compiled_translation("es", cache) == compiled
    assert translation_files.compiled_translation("fr", cache) is None


def test_a_plural_asked_of_qt_is_resolved_for_english_too() -> None:
    """Qt has no English translation loaded, so ``self.tr("%n day(s)", "", n)`` shows
    "1 day(s)" in English: such a call must go through ``english_plural`` (the
    ``Messages`` of core/translation.py do it themselves)."""
    bare = []
    for path in sorted((ROOT / "partnerdesk").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrapped = {
            id(argument)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "english_plural"
            for argument in node.args[:1]
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self"
                and len(node.args) == 3
                and isinstance(node.args[0], ast.Constant)
                and "(s)" in str(node.args[0].value)
                and id(node) not in wrapped
            ):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.args[0].value!r}")
    assert not bare, "\n".join(bare)
