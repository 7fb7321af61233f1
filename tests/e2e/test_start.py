"""Learner start: `smm-course start` serves JupyterLab on the lessons, without instructor tools."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import Page, expect

from .conftest import ROOT, screenshot
from .lab import open_notebook
from .starting import started

pytestmark = pytest.mark.e2e

# English words of JupyterLab's menus that the Italian language pack translates.
ENGLISH_WORDS = {
    "Run", "Cell", "Cells", "Selected", "All", "and", "Restart", "Clear", "Outputs",
    "Above", "Below", "Shut", "Down", "Close", "Render", "Interrupt", "Change",
}  # fmt: skip
# More English words seen in menus and tooltips before the course translated them.
MORE_ENGLISH_WORDS = {
    "Rename", "Reference", "Slideshow", "Enable", "Disable", "More", "commands", "Open",
    "Launch", "Browser", "Save", "State", "Automatically", "Theme", "Terminal",
    "this", "cell", "advance", "screen", "Full", "as", "the", "current", "notebook",
}  # fmt: skip
# Names, not English: products, formats, keys.
PROPER_NAMES = {
    "Kernel", "Notebook", "Python", "Markdown", "JupyterLab", "Jupyter", "IPython",
    "Reveal", "HTML", "PDF", "LaTeX", "English", "Shift", "Enter", "Ctrl", "Alt", "Widget",
}  # fmt: skip
# Still English, and not for want of a translation: JupyterLab 4.6 builds these two toolbar
# buttons without the interface's translator, and the kernel (ipykernel) names its own
# help links in the Help menu.
NOT_TRANSLATABLE = {
    "Enable Debugger", "More commands", "Python Reference", "IPython Reference",
    "NumPy Reference", "SciPy Reference", "Matplotlib Reference", "SymPy Reference",
    "pandas Reference",
}  # fmt: skip
# A submenu that lists programming languages by their names.
NAMES_ONLY_MENUS = {"Evidenziazione della Sintassi dell'Editor di Testo"}


@pytest.fixture(scope="module")
def learner(tmp_path_factory):
    """The course started the way a self-learner starts it, copied into their own folder."""
    home = tmp_path_factory.mktemp("learner-home")
    folder = home / "smm-course"
    with started(home, folder, f"--dir={folder}") as server:
        yield server


def test_start_copies_the_lessons_and_lists_them_in_the_file_browser(learner, page: Page):
    lessons = sorted(p.name for p in (ROOT / "lessons").glob("*.ipynb"))
    assert lessons, "no lessons in the repository"
    assert sorted(p.name for p in (learner.root / "lessons").glob("*.ipynb")) == lessons
    page.goto(learner.lab("lessons"))
    listing = page.locator(".jp-DirListing-content")
    for name in lessons:
        expect(listing).to_contain_text(name.removesuffix(".ipynb"), timeout=60_000)
    screenshot(page, "06-start-file-browser")


def test_the_interface_is_italian_by_default(learner, page: Page):
    with urllib.request.urlopen(
        f"{learner.url}/lab/api/translations/?token={learner.token}"
    ) as response:
        languages = json.load(response)["data"]
    assert "it_IT" in languages
    settings = learner.home / "settings" / "@jupyterlab" / "translation-extension"
    assert "it_IT" in (settings / "plugin.jupyterlab-settings").read_text()
    page.goto(learner.lab("lessons"))
    # The Italian language pack translates the file browser.
    expect(page.get_by_role("button", name="Carica File")).to_be_visible(timeout=60_000)


def test_a_notebooks_run_menu_is_entirely_italian(learner, page: Page):
    open_notebook(page, learner.lab("lessons/00_benvenuto.ipynb"))
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Esegui$")).click()
    menu = page.locator(".lm-Menu").last
    expect(menu).to_contain_text("Riavvia Kernel e Esegui Tutte le Celle…")
    expect(menu).to_contain_text("Esegui la Cella Selezionata")
    labels = [text.strip() for text in menu.locator(".lm-Menu-itemLabel").all_inner_texts()]
    screenshot(page, "07-run-menu-italian")
    english = {
        label: sorted(ENGLISH_WORDS & set(re.findall(r"[A-Za-z]+", label))) for label in labels
    }
    assert not {label: words for label, words in english.items() if words}, labels
    page.keyboard.press("Escape")


@pytest.fixture(scope="module")
def english(learner) -> set[str]:
    """English words of JupyterLab's interface: of its messages, those no translation uses."""
    url = f"{learner.url}/smm-course/api/translations/it_IT?token={learner.token}"
    with urllib.request.urlopen(url) as response:
        domains = json.load(response)["data"]
    sources, translations = set(), set()
    for catalog in domains.values():
        for source, translated in catalog.items():
            if source:
                sources |= set(re.findall(r"[A-Za-z]+", source.split("\x04")[-1].lower()))
                translations |= set(re.findall(r"[A-Za-z]+", " ".join(translated).lower()))
    words = sources - translations | {w.lower() for w in ENGLISH_WORDS | MORE_ENGLISH_WORDS}
    return words - {w.lower() for w in PROPER_NAMES}


def english_in(labels: list[str], english: set[str]) -> dict[str, list[str]]:
    """The labels that still hold English words, with those words."""
    found = {}
    for label in labels:
        text = re.sub(r"\s*\([^)]*\)$", "", label)  # a shortcut such as (Shift+Enter)
        words = sorted({w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in english})
        if words and label not in NOT_TRANSLATABLE:
            found[label] = words
    return found


def menu_labels(page: Page, title: str) -> dict[str, list[str]]:
    """A main menu's labels, and those of each of its submenus, by menu title."""
    top = page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(f"^{re.escape(title)}$"))
    top.first.click()
    root = page.locator(".lm-Menu").first
    found = {title: [t.strip() for t in root.locator(".lm-Menu-itemLabel").all_inner_texts()]}
    submenus = root.locator('.lm-Menu-item[data-type="submenu"] .lm-Menu-itemLabel')
    names = [t.strip() for t in submenus.all_inner_texts()]
    for index, name in enumerate(names):
        if index:  # open the menu afresh: each submenu read alone
            page.keyboard.press("Escape")
            page.keyboard.press("Escape")
            top.first.click()
        page.locator(".lm-Menu").first.locator('.lm-Menu-item[data-type="submenu"]').nth(
            index
        ).hover()
        submenu = page.locator(".lm-Menu").nth(1)
        submenu.wait_for()
        found[name] = [t.strip() for t in submenu.locator(".lm-Menu-itemLabel").all_inner_texts()]
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    return found


def test_the_file_menu_the_other_menus_and_the_toolbar_are_italian(learner, english, page):
    open_notebook(page, learner.lab("lessons/00_benvenuto.ipynb"))
    bar = page.locator(".lm-MenuBar-content").first
    titles = [t.strip() for t in bar.locator(".lm-MenuBar-itemLabel").all_inner_texts()]
    assert titles[:3] == ["File", "Modifica", "Visualizza"], titles
    menus: dict[str, list[str]] = {}
    for title in titles:
        menus.update(menu_labels(page, title))
    assert "Rinomina Notebook…" in menus["File"] and "File Python" in menus["Nuovo"]
    left = {
        name: english_in(labels, english)
        for name, labels in menus.items()
        if name not in NAMES_ONLY_MENUS
    }
    assert {name: words for name, words in left.items() if words} == {}
    toolbar = page.locator(".jp-NotebookPanel-toolbar").first
    tooltips = [t for t in toolbar.evaluate(
        "bar => [...bar.querySelectorAll('[title]')].map(e => e.getAttribute('title'))"
    ) if t]  # fmt: skip
    assert any(t.startswith("Esegui questa cella") for t in tooltips), tooltips
    assert english_in(tooltips, english) == {}
    screenshot(page, "07-toolbar-italian")


def test_a_learner_sees_no_instructor_tools_and_no_exchange_errors(learner, page: Page):
    page.goto(learner.lab("lessons"))
    menu_bar = page.locator(".lm-MenuBar-content").first
    expect(menu_bar).to_contain_text("File", timeout=60_000)
    expect(menu_bar).to_contain_text("Esegui")
    expect(menu_bar).not_to_contain_text("Nbgrader")
    expect(page.locator("body")).not_to_contain_text("Error fetching courses")
    expect(page.locator("body")).not_to_contain_text("exchange directory")
    expect(page.locator('[title*="Assignment"], [data-id*="nbgrader"]')).to_have_count(0)
    # Nothing of nbgrader runs on the server: no Formgrader page, no gradebook written.
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(f"{learner.url}/formgrader?token={learner.token}")
    assert error.value.code == 404
    assert not list(learner.root.rglob("gradebook.db"))
    assert not list(learner.home.glob("gradebook.db"))
    assert "nbgrader" not in (learner.home / "start.log").read_text().lower()


def test_smm_course_progress_works_in_jupyterlabs_terminal(learner, page: Page):
    # The terminal draws on a canvas; its screen-reader mode also writes the text as HTML.
    settings = learner.home / "settings" / "@jupyterlab" / "terminal-extension"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "plugin.jupyterlab-settings").write_text('{"screenReaderMode": true}')
    page.goto(f"{learner.url}/lab?reset&token={learner.token}")
    page.locator(".jp-LauncherCard", has_text=re.compile(r"^Termina")).first.click(timeout=60_000)
    terminal = page.locator(".jp-Terminal").first
    text = terminal.locator(".xterm-accessibility-tree")
    expect(text).to_contain_text(re.compile(r"[$#]"), timeout=60_000)  # the prompt
    terminal.click()
    page.keyboard.type("smm-course progress\n")
    expect(text).to_contain_text("00 Benvenuto", timeout=60_000)
    expect(text).to_contain_text("Autoverifiche superate")
    expect(text).not_to_contain_text("command not found")
    screenshot(page, "08-terminal-progress")
