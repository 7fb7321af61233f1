"""The learner's own business: profile, forms beside the case study, channel plan, solutions."""

from __future__ import annotations

import ipywidgets as widgets

from smm_course.cli import main
from smm_course.frameworks.business import BusinessProfile, Subject
from smm_course.frameworks.case_solutions import CASE_SOLUTIONS
from smm_course.widgets import JourneyMapBuilder, SOSTACPlanner, SWOTGrid
from smm_course.widgets.business import ProfileForm, SubjectChoice
from smm_course.widgets.own_forms import OWN_FORMS, for_my_business
from smm_course.widgets.plan_forms import ChannelPlanForm, OwnChannelsForm, OwnTouchpointsForm
from smm_course.workbook import Workbook
from tests.widgets.conftest import by_class, walk

FERRETTI = {
    "name": "Ceramiche Ferretti",
    "sector": "ceramica artigianale",
    "offer": "piatti, ciotole, laboratori di decorazione",
    "city": "Deruta (PG)",
    "channels": "negozio, sito, Etsy, Instagram",
    "customers": "turisti stranieri, hotel e ristoranti dell'Umbria",
}
GOOD_ROWS = [
    {"canale": "Instagram", "fase": "reach", "kpi": "reach", "budget": "120",
     "obiettivo": "Raggiungere 20.000 persone al mese con i reel entro giugno 2026",
     "responsabile": "Lucia"},
    {"canale": "Sito", "fase": "convert", "kpi": "revenue", "budget": "1.500",
     "obiettivo": "Vendere 200 ciotole online entro settembre 2026", "responsabile": "Marco"},
    {"canale": "Newsletter", "fase": "engage", "kpi": "repeat_purchase_rate", "budget": "0",
     "obiettivo": "Portare al 25% il tasso di riacquisto degli iscritti entro dicembre 2026",
     "responsabile": "Lucia"},
    {"canale": "Laboratori", "fase": "act", "kpi": "sign_ups", "budget": "80,50",
     "obiettivo": "Ottenere 30 prenotazioni per i laboratori entro maggio 2026",
     "responsabile": "Sara"},
]  # fmt: skip


def _profile() -> BusinessProfile:
    profile = BusinessProfile.from_mapping(FERRETTI)
    assert profile is not None
    return profile


def test_profile_form_saves_the_business_and_says_what_is_missing():
    form = ProfileForm()
    form.fill(name="Ceramiche Ferretti", city="Deruta (PG)")
    form.save_button.click()
    saved = Workbook.open().business_profile()
    assert saved is not None and saved.name == "Ceramiche Ferretti"
    assert "Ceramiche Ferretti" in form.feedback.value
    assert "Mancano i prodotti o servizi" in form.feedback.value
    form.fill(**FERRETTI)
    form.save()
    again = ProfileForm()
    assert again.inputs["channels"].value == "negozio, sito, Etsy, Instagram"
    assert Workbook.open().business_profile().channels == ("negozio", "sito", "Etsy", "Instagram")
    assert Workbook.open().subject() is Subject.OWN


def test_profile_form_refuses_a_nameless_business_and_escapes_text():
    form = ProfileForm()
    form.fill(name=" ", sector="<script>alert(1)</script>")
    assert form.save() is None
    assert "Scrivi il nome della tua attività" in form.feedback.value
    assert Workbook.open().business_profile() is None
    form.fill(name="<b>Bottega</b>")
    form.save()
    assert "<b>Bottega</b>" not in form.feedback.value and "&lt;b&gt;" in form.feedback.value


def test_profile_command_sets_and_shows_the_business(capsys):
    args = [f"--{k}={v}" for k, v in FERRETTI.items()]
    assert main(["profile", *args]) == 0
    out = capsys.readouterr().out
    assert (
        "Nome dell'attività: Ceramiche Ferretti" in out and "parlano di Ceramiche Ferretti" in out
    )
    assert main(["profile", "--use", "case"]) == 0
    assert Workbook.open().subject() is Subject.CASE
    assert main(["--lang", "en", "profile"]) == 0
    assert "Business name: Ceramiche Ferretti" in capsys.readouterr().out


def test_profile_command_without_a_name_explains_in_italian(capsys):
    assert main(["profile", "--use", "own"]) == 2
    assert "smm-course profile --name" in capsys.readouterr().err


def test_without_a_profile_the_own_choice_says_how_to_set_it():
    note = for_my_business("l02.canvas")
    (text,) = note.children  # shown after the reopen note, like every form
    assert isinstance(text, widgets.HTML) and "lezione 00" in text.value
    choice = SubjectChoice(lambda: widgets.Label("caso"), lambda p: widgets.Label(p.name))
    choice.toggle.value = "own"
    assert choice.form is None and "smm-course profile" in choice.body.children[0].value


def test_every_lesson_form_speaks_of_her_business_and_saves_apart():
    book = Workbook.open()
    book.set_business_profile(_profile())
    book.set_subject(Subject.OWN)
    for case_id, factory in OWN_FORMS.items():
        form = factory(_profile())
        if case_id == "l04.recensioni":  # a written answer, not a form
            assert "Ceramiche Ferretti" in form.children[0].value
            continue
        assert form.model.exercise_id == f"{case_id}.mia"
        assert "Ceramiche Ferretti" in form.title.value
        assert not any("Dolce Vetta" in h for h in form.model.hints), case_id
    choice = SubjectChoice(
        lambda: ChannelPlanForm("l07.canali"), OWN_FORMS["l07.canali"], workbook=book
    )
    assert choice.form.model.exercise_id == "l07.canali.mia"  # her choice in the profile
    choice.toggle.value = "case"
    assert choice.form.model.exercise_id == "l07.canali"


def test_channel_plan_form_adds_rows_validates_in_italian_and_saves_typed_values():
    form = ChannelPlanForm()
    assert "Il piano d&#x27;uso dei canali" in form.title.value
    assert "widgets." not in form.title.value + form.instructions.value
    assert len(form.row_inputs) == 4
    by_class(form, "smm-plan-add-row").click()
    assert len(form.row_inputs) == 5
    first = form.row_inputs[0]
    first["canale"].value = "Etsy"
    first["budget"].value = "centocinquanta"
    first["fase"].value = "convert"
    feedback = form.check()
    assert not feedback.passed
    text = " ".join(feedback.messages)
    assert "Riga 1: «Budget (€/mese)» deve essere un numero di euro" in text
    assert "Riga 1: manca «Chi se ne occupa»." in text
    assert "SyntaxError" not in text
    form.answer = GOOD_ROWS
    feedback = form.check()
    assert feedback.passed, feedback.messages
    saved = Workbook.open().answer("l07.canali")
    assert [row["budget"] for row in saved] == [120.0, 1500.0, 0.0, 80.5]
    assert saved[0]["fase"] == "reach" and saved[3]["responsabile"] == "Sara"
    reopened = ChannelPlanForm()
    assert reopened.row_inputs[3]["budget"].value == "80,5"
    reopened.remove_row(0)
    assert Workbook.open().answer("l07.canali")[0]["canale"] == "Sito"


def test_channel_plan_without_owners_or_with_a_negative_budget_fails():
    rows = [{**row, "responsabile": ""} for row in GOOD_ROWS]
    rows[1]["budget"] = "-20"
    feedback = ChannelPlanForm().model.evaluate(ChannelPlanForm().model.normalize(rows))
    assert not feedback.passed
    assert "Riga 2: «Budget (€/mese)» non può essere negativo." in feedback.messages
    assert any("persona che se ne occupa" in m for m in feedback.messages)


def test_channel_plan_reads_the_old_list_of_dictionaries():
    form = ChannelPlanForm()
    form.answer = [{"canale": "Newsletter", "fase RACE": "Engage", "KPI": "Tasso di riacquisto",
                    "obiettivo": "Portare il tasso di riacquisto al 30% entro dicembre 2026",
                    "budget": 60}]  # fmt: skip
    row = form.answer[0]
    assert (row["fase"], row["kpi"], row["budget"]) == ("engage", "repeat_purchase_rate", 60.0)


def test_own_touchpoints_and_channels_judge_coverage_not_a_fixed_list():
    touchpoints = OwnTouchpointsForm()
    assert touchpoints.check().details.get("unanswered")
    touchpoints.answer = [
        {"name": n, "phases": p, "nature": "physical", "control": c}
        for n, p, c in (
            ("Vetrina sul corso", ["pre_purchase"], "managed"),
            ("Recensioni su TripAdvisor", ["pre_purchase"], "spontaneous"),
            ("Cassa della bottega", ["purchase"], "managed"),
            ("Laboratorio di decorazione", ["purchase", "post_purchase"], "managed"),
            ("Biglietto nella scatola", ["post_purchase"], "managed"),
            ("Passaparola tra turisti", ["pre_purchase"], "spontaneous"),
        )
    ]
    assert touchpoints.check().passed
    channels = OwnChannelsForm()
    channels.answer = [{"name": "Etsy", "type": "indirect", "phases": ["purchase"]}]
    feedback = channels.check()
    assert not feedback.passed
    assert any("consapevolezza" in m for m in feedback.messages)
    assert any("almeno 4" in m for m in feedback.messages)


def test_own_forms_show_a_worked_example_and_checklist_not_the_case_study():
    form = OWN_FORMS["l05.sostac"](_profile())
    form.reveal()
    shown = form.solution_text.value
    assert "Pagine Sparse" in shown and "☐" in shown
    assert "Dolce Vetta" not in shown and "Natale" not in shown


def test_case_study_model_solutions_exist_and_earn_full_marks():
    for form in (JourneyMapBuilder("l03.journey"), SWOTGrid("l03.swot"), SOSTACPlanner()):
        solution = form.model.solution
        assert solution == CASE_SOLUTIONS[form.model.exercise_id]
        assert form.model.evaluate(form.model.normalize(solution)).passed, form.model.exercise_id
    plan = ChannelPlanForm()
    assert plan.model.evaluate(plan.model.normalize(plan.model.solution)).passed


def test_lesson_05_solution_is_not_the_worked_christmas_example():
    solution = SOSTACPlanner().model.solution
    assert "Natale" not in solution["objectives"] and "regali" in solution["situation"]


def test_widget_tree_has_no_unescaped_markup_from_her_profile():
    book = Workbook.open()
    book.set_business_profile(BusinessProfile.from_mapping({"name": "<img src=x onerror=1>"}))
    form = OWN_FORMS["l02.canvas"](book.business_profile())
    values = [w.value for w in walk(form.widget) if isinstance(w, widgets.HTML)]
    assert not any("<img" in value for value in values)


def test_feedback_on_her_own_forms_speaks_of_her_business():
    swot = OWN_FORMS["l03.swot"](_profile())
    swot.answer = {
        "touchpoint": "Negozio Etsy",
        "strengths": "Molti turisti americani visitano Deruta in estate",
        "weaknesses": "Le spedizioni dal nostro laboratorio sono lente",
        "opportunities": "I turisti cercano ceramiche artigianali online",
        "threats": "Concorrenti con ceramiche industriali a basso prezzo",
    }
    feedback = swot.check()
    said = " ".join((*feedback.messages, *feedback.hints))
    assert not feedback.passed and "Ceramiche Ferretti" in said
    assert "Dolce Vetta" not in said and "Chiara" not in said


def test_lesson_07_reopens_her_own_forms_when_her_document_is_about_her_business():
    from smm_course.widgets import capstone_forms
    from smm_course.widgets.capstone import form_if_missing

    book = Workbook.open()
    shown = form_if_missing("l06.matrice", capstone_forms.channel_matrix)
    assert any("smm-channels" in w._dom_classes for w in walk(shown))  # the case study's
    book.set_business_profile(_profile())
    book.set_subject(Subject.OWN)
    shown = form_if_missing("l06.matrice", capstone_forms.channel_matrix)
    assert any("smm-own_channels" in w._dom_classes for w in walk(shown))
    assert not any("smm-channels" in w._dom_classes for w in walk(shown))
    kpi = form_if_missing("l05.kpi", lambda: widgets.Label("TikTok"))
    assert "caso di studio" in kpi.children[0].value  # her document does without it


def test_her_own_answers_count_for_the_same_self_check_in_progress():
    from types import SimpleNamespace

    from smm_course.progress import progress

    book = Workbook.open()
    book.record_attempt("l03.swot.mia", SimpleNamespace(score=4, max_score=4, passed=True))
    row = next(r for r in progress(book) if r.lesson == "l03")
    alone = next(
        r for r in progress(Workbook.open(book.path.parent / "x.json")) if r.lesson == "l03"
    )
    assert row.total == alone.total  # not an extra self-check
    assert (row.passed, alone.passed) == (1, 0)


def test_lesson_07_reopens_the_sostac_plan_with_lesson_05s_solution():
    from smm_course.widgets import capstone_forms

    assert capstone_forms.sostac().model.solution == SOSTACPlanner("l05.sostac").model.solution


def test_placeholder_names_in_her_own_rows_are_refused_with_the_row():
    touchpoints = OwnTouchpointsForm()
    rows = [
        {"name": name, "phases": ["pre_purchase"], "nature": "physical", "control": "managed"}
        for name in ("Vetrina sul corso", "x", "...", "Etsy", "asdf", "Passaparola", "Sito")
    ]
    touchpoints.answer = rows
    feedback = touchpoints.check()
    flagged = [m for m in feedback.messages if "segnaposto" in m]
    assert [m.split(":")[0] for m in flagged] == ["Riga 2", "Riga 3", "Riga 5"]
    assert not feedback.passed
    touchpoints.answer = [r for r in rows if r["name"] not in ("x", "...", "asdf")]
    assert not any("segnaposto" in m for m in touchpoints.check().messages)
