"""`smm-course hub`: refusals, the class list, the permission walk (no root needed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smm_course.cli import main
from smm_course.errors import UserError
from smm_course.hub.accounts import read_students
from smm_course.hub.classroom import HubSettings, Role, role_of, user_environment
from smm_course.hub.system import blocked_directories


@pytest.mark.parametrize("argv", [["hub", "check"], ["hub", "add-students", "studenti.csv"]])
def test_commands_refuse_without_root_in_one_line(argv, monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("Errore:") and "root" in err[0] and argv[1] in err[0]


def test_refusal_speaks_english_when_asked(monkeypatch, capsys):
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    assert main(["--lang", "en", "hub", "check"]) == 2
    assert "must run as root" in capsys.readouterr().err


def test_class_list_accepts_nbgrader_ids_and_semicolons(tmp_path: Path):
    path = tmp_path / "studenti.csv"
    path.write_text(
        "\ufeffid;first_name;last_name;email\n"
        "mrossi;Mario;Rossi;m@example.org\n\n"
        "lbianchi;Lucia;Bianchi, detta Lu;\n",
        encoding="utf-8",
    )
    students = read_students(path)
    assert [s.id for s in students] == ["mrossi", "lbianchi"]
    assert students[1].full_name == "Lucia Bianchi  detta Lu"  # no comma in the passwd field


def test_class_list_reports_every_bad_row_at_once(tmp_path: Path):
    path = tmp_path / "studenti.csv"
    path.write_text("username,nome\nMario Rossi,Mario\nok_1,Ok\nok_1,Ok\n", encoding="utf-8")
    with pytest.raises(UserError) as info:
        read_students(path)
    message = str(info.value)
    assert "riga 2" in message and "Mario Rossi" in message
    assert "riga 4" in message and "due volte" in message
    assert "\n" not in message


def test_class_list_without_a_name_column_says_which_columns_it_found(tmp_path: Path):
    path = tmp_path / "studenti.csv"
    path.write_text("nome,cognome\nMario,Rossi\n", encoding="utf-8")
    with pytest.raises(UserError, match="nome, cognome"):
        read_students(path)


def test_missing_class_list_is_a_clear_error(tmp_path: Path):
    with pytest.raises(UserError, match="non riesco a leggere"):
        read_students(tmp_path / "manca.csv")


def test_blocked_directories_finds_the_private_folder(tmp_path: Path):
    private = tmp_path / "privata"
    inner = private / "env" / "bin"
    inner.mkdir(parents=True)
    tool = inner / "python"
    tool.write_text("")
    private.chmod(0o700)
    try:
        assert private in blocked_directories(tool)
        private.chmod(0o711)
        assert private not in blocked_directories(tool)
    finally:
        private.chmod(0o755)


def test_blocked_directories_follows_symlinks(tmp_path: Path):
    hidden = tmp_path / "nascosta"
    hidden.mkdir()
    (hidden / "python3").write_text("")
    public = tmp_path / "pubblica"
    public.mkdir()
    (public / "python").symlink_to(hidden / "python3")
    hidden.chmod(0o700)
    try:
        assert hidden in blocked_directories(public / "python")
    finally:
        hidden.chmod(0o755)


def test_settings_come_from_the_environment(tmp_path: Path):
    settings = HubSettings.from_env(
        {"SMM_HUB_EXCHANGE": "/x/exchange", "SMM_HUB_COURSE_ID": "corso", "SMM_HUB_LANG": "de"},
        deploy_dir=tmp_path,
    )
    assert settings.course_exchange == Path("/x/exchange/corso")
    assert settings.jupyter_config == tmp_path / "jupyter"
    assert settings.language == "it"
    assert "segreto" not in repr(HubSettings(admin_token="segreto"))


def test_a_user_outside_the_course_groups_gets_no_role_config(tmp_path: Path):
    settings = HubSettings(
        instructor_group="gruppo-che-non-esiste-1",
        student_group="gruppo-che-non-esiste-2",
        jupyter_config=tmp_path,
    )
    assert role_of(settings, "root") is Role.NONE
    env = user_environment(settings, "root")
    assert env["JUPYTER_CONFIG_PATH"] == str(tmp_path / "common")
    assert "SMM_HUB_COURSE_ROOT" not in env


def test_check_spots_a_course_id_the_students_would_not_find(tmp_path: Path, monkeypatch):
    from types import SimpleNamespace

    from smm_course.hub import diagnose

    course = tmp_path / "smm-course" / "course"
    course.mkdir(parents=True)
    (course / "nbgrader_config.py").write_text(
        'c = get_config()\nc.CourseDirectory.course_id = "altro-corso"\n', encoding="utf-8"
    )
    monkeypatch.setattr(diagnose, "group_members", lambda _group: ("cbellandi",))
    monkeypatch.setattr(diagnose.pwd, "getpwnam", lambda _n: SimpleNamespace(pw_dir=tmp_path))
    [finding] = diagnose.check_courses(HubSettings(course_id="smm-strategia"))
    assert not finding.ok
    assert "altro-corso" in finding.text and "smm-strategia" in finding.text
    assert "SMM_HUB_COURSE_ID=altro-corso" in finding.fix
    [finding] = diagnose.check_courses(HubSettings(course_id="altro-corso"))
    assert finding.ok
