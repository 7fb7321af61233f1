"""check_smart on a labelled table of objectives (Italian and English) and on its messages."""

from __future__ import annotations

import pytest

from smm_course.checks import check_smart

# (objective, specific, measurable, time_bound)
TABLE = [
    ("Aumentare del 20% le vendite online di tavolette entro il 31/12/2027", 1, 1, 1),
    ("Avere più follower", 0, 0, 0),  # what, but on which channel?
    ("Raddoppiare gli iscritti alla newsletter entro Natale", 1, 1, 1),
    ("Nel 2027 migliorare il brand", 0, 0, 1),
    ("Migliorare la presenza online", 0, 0, 0),
    ("Raggiungere 10.000 follower su Instagram entro fine anno", 1, 1, 1),
    ("Ottenere 50 nuove recensioni su Google entro giugno", 1, 1, 1),
    (
        "Aumentare il tasso di conversione dell'e-commerce dal 1,5% al 2,5% entro il Q3 2027",
        1,
        1,
        1,
    ),
    ("Vendere 300 box regalo aziendali prima di Natale", 1, 1, 1),
    ("Incrementare del 15 per cento gli ordini online nei prossimi tre mesi", 1, 1, 1),
    ("Portare l'engagement rate su Instagram al 5% in 6 mesi", 1, 1, 1),
    ("Dimezzare i carrelli abbandonati sul sito entro fine trimestre", 1, 1, 1),
    ("Aumentare le vendite", 0, 0, 0),
    ("Aumentare le vendite del 10% entro dicembre", 0, 1, 1),
    ("Essere più conosciuti a Torino", 0, 0, 0),  # where, but not what
    ("Far crescere la community", 0, 0, 0),
    ("Acquisire dodici nuovi clienti aziendali entro il 30 giugno", 1, 1, 1),
    ("Raggiungere 5.000 euro di fatturato dal negozio di via Po a dicembre", 1, 1, 1),
    ("Triplicare le vendite di uova di Pasqua rispetto al 2026", 1, 1, 0),
    ("Pubblicare tre reel a settimana su Instagram", 1, 1, 0),
    ("Entro fine anno avere un sito più bello", 0, 0, 1),
    ("Migliorare l'immagine del marchio", 0, 0, 0),
    ("Crescere sui social nel prossimo trimestre", 0, 0, 1),
    ("Aumentare di 200 gli iscritti alla newsletter per San Valentino", 1, 1, 1),
    ("Ottenere una valutazione media di 4,8 stelle su Google Maps entro il 2027", 1, 1, 1),
    (
        "Portare il Net Promoter Score dei clienti del negozio a +40 entro il secondo semestre",
        1,
        1,
        1,
    ),
    ("Fare più marketing", 0, 0, 0),
    ("Coinvolgere i giovani 25-34 con contenuti su TikTok", 1, 0, 0),
    ("Entro il 2027-12-31 raggiungere 1.000 ordini sull'e-commerce", 1, 1, 1),
    ("Aumentare la notorietà del brand", 0, 0, 0),
    ("Nel 2027 vendere 2000 tavolette online", 1, 1, 1),
    ("Ridurre del 10% il costo per acquisizione cliente (CAC) entro sei mesi", 1, 1, 1),
    ("Aumentare i follower di Instagram del 20% al più presto", 1, 1, 0),
    ("Lanciare una nuova linea di creme spalmabili in primavera", 1, 0, 1),
    ("Aumentare la visibilità del brand del 30%", 0, 0, 0),
    ("Avere 15 per cento di follower in più entro l'estate", 0, 1, 1),
    (
        "Ottenere venti per cento di iscritti in più su WhatsApp entro la fine dell'anno",
        1,
        1,
        1,
    ),
    ("Aprire un nuovo negozio a Milano", 1, 0, 0),
    ("Pubblicare contenuti di qualità ogni giorno", 0, 0, 0),
    ("Raggiungere il 4% di engagement entro 3 settimane su TikTok", 1, 1, 1),
    ("Increase online sales of chocolate bars by 20% by 31/12/2027", 1, 1, 1),
    ("Get more followers", 0, 0, 0),
    ("Double newsletter subscribers before Christmas", 1, 1, 1),
    ("Improve the brand in 2027", 0, 0, 1),
    ("Reach ten thousand Instagram followers by June", 1, 1, 1),
    ("Grow revenue from the Turin shop by €5,000 within 6 months", 1, 1, 1),
    ("Increase the email open rate to 35% by end of Q2", 1, 1, 1),
    ("Be more visible online", 0, 0, 0),
    ("Sell 500 Easter eggs in the Via Po shop", 1, 1, 0),
    ("Get 150 five-star reviews on Google before Valentine's Day", 1, 1, 1),
    ("Improve customer satisfaction", 1, 0, 0),
    ("Triple the conversion rate of the online store next quarter", 1, 1, 1),
    ("Halve the cart abandonment rate on the e-commerce within three months", 1, 1, 1),
    ("Double sales", 0, 1, 0),
    ("Increase followers by 15% compared to 2026", 0, 1, 0),
    ("Reach 2,000 newsletter subscribers in the next three months", 1, 1, 1),
    ("Within a year, become the best chocolate shop in Turin", 1, 0, 1),
    ("Reach 1,000 e-commerce orders by December 31, 2027", 1, 1, 1),
    ("Spend 5k€ on Instagram ads to sell gift boxes in Q4", 1, 1, 1),
    ("Vendere $200 di praline su Etsy nel 2027", 1, 1, 1),
]


# Other businesses: the letters are judged on the goal's structure, not on its vocabulary.
OTHER_BUSINESSES = [
    ("Vendere 200 ciotole online entro settembre 2026", 1, 1, 1),
    ("Chiudere 5 accordi con hotel di Perugia entro aprile 2026", 1, 1, 1),
    ("Prenotare 40 camere in più dal sito dell'agriturismo entro giugno 2026", 1, 1, 1),
    ("Iscrivere 25 allievi al corso serale di ceramica a Faenza entro ottobre 2026", 1, 1, 1),
    ("Sell 200 bowls online by September 2026", 1, 1, 1),
    ("Sign 5 agreements with hotels in Perugia by April 2026", 1, 1, 1),
    (
        "Migliorare la presenza di Dolce Vetta su Instagram nel 2026 e farsi conoscere di più",
        0,
        0,
        1,
    ),
    ("Aumentare la visibilità della palestra su Facebook e TikTok nel 2026", 0, 0, 1),
    ("Far conoscere la nostra ceramica a più persone possibile", 0, 0, 0),
    ("Improve Dolce Vetta's presence on Instagram in 2026 and get better known", 0, 0, 1),
    ("Aumentare le vendite di Dolce Vetta del 10% entro dicembre", 0, 1, 1),
    ("Aumentare le vendite a Natale del 10%", 0, 1, 1),
    # ceramics shop, gym, B&B, hairdresser, bakery, winery, software agency (IT and EN)
    ("Ottenere 30 prenotazioni per i laboratori entro maggio 2026", 1, 1, 1),
    ("Aumentare le vendite", 0, 0, 0),
    ("Raggiungere 500 iscritti alla palestra entro giugno 2027", 1, 1, 1),
    ("Portare a 40 le camere prenotate su Booking nel mese di agosto 2026", 1, 1, 1),
    ("Aumentare del 15% i tagli donna nel salone entro dicembre 2026", 1, 1, 1),
    ("Sfornare 300 panettoni per i bar del quartiere entro Natale", 1, 1, 1),
    ("Vendere 1.200 bottiglie di Sagrantino ai ristoranti di Milano entro il 2027", 1, 1, 1),
    ("Acquisire 8 nuovi clienti per il software gestionale entro il Q2 2027", 1, 1, 1),
    ("Ottenere 60 recensioni a cinque stelle su Google per il B&B entro agosto", 1, 1, 1),
    ("Portare a 350 gli abbonati annuali della palestra entro marzo 2027", 1, 1, 1),
    ("Aumentare del 20% le prenotazioni online del salone entro giugno 2026", 1, 1, 1),
    ("Riempire il 90% delle camere nei weekend di ottobre 2026", 1, 1, 1),
    ("Fare più clienti", 0, 0, 0),
    ("Migliorare la palestra", 0, 0, 0),
    ("Crescere", 0, 0, 0),
    ("Vendere di più entro Natale", 0, 0, 1),
    ("Essere il forno più amato del quartiere", 1, 0, 0),
    ("Avere 1000 follower", 0, 1, 0),
    ("Vendere più vino", 0, 0, 0),
    ("Aumentare le vendite del forno del 10%", 1, 1, 0),
    ("Vendere 200 ciotole", 0, 1, 0),
    ("Entro giugno 2026 aprire la seconda sede", 1, 0, 1),
    ("Sell 300 bottles of wine to UK restaurants by March 2027", 1, 1, 1),
    ("Get 40 new members for the gym by September 2026", 1, 1, 1),
    ("Book 25 wine tastings through the website by June 2026", 1, 1, 1),
    ("Sign 3 maintenance contracts with local dentists by Q3 2027", 1, 1, 1),
    ("Increase haircut bookings from Instagram by 25% by December 2026", 1, 1, 1),
    ("Sell more", 0, 0, 0),
    ("Grow the business", 0, 0, 0),
    ("Have 200 followers", 0, 1, 0),
    ("Improve the bakery by 2027", 0, 0, 1),
    ("Increase revenue from workshops by 20% by June 2026", 1, 1, 1),
    ("Increase revenue", 0, 0, 0),
    ("Launch a new yoga class for seniors in March 2026", 1, 0, 1),
    ("Win 3 new corporate clients for the agency in Q1 2027", 1, 1, 1),
    ("Grow our newsletter to 2,000 subscribers by the end of the year", 1, 1, 1),
    ("Get more bookings", 0, 0, 0),
    ("Reduce no-shows at the salon by 30% within six months", 1, 1, 1),
    ("Sell 500 handmade mugs on Etsy before Christmas 2026", 1, 1, 1),
    ("Improve our Google rating to 4.7 stars by September 2026", 1, 1, 1),
    ("Ottenere 4,7 stelle di media su Google entro settembre 2026", 1, 1, 1),
    ("Aumentare le visite al sito", 1, 0, 0),
    ("Raddoppiare le prenotazioni dirette entro l'estate 2026", 1, 1, 1),
    ("Portare le iscrizioni ai corsi di ceramica da 20 a 35 al mese entro ottobre 2026", 1, 1, 1),
    ("Avere più visibilità sui social entro il 2026", 0, 0, 1),
    # no verb first, modal verbs, figures in euro, wine club, salon...
    ("200 ciotole vendute online entro settembre 2026", 1, 1, 1),
    ("Entro dicembre 2026, 50 nuovi iscritti alla newsletter del B&B", 1, 1, 1),
    ("+30% di prenotazioni dirette sul sito entro l'estate 2026", 1, 1, 1),
    ("Arrivare a 1.000 follower su Instagram per la palestra entro fine anno", 1, 1, 1),
    ("Vendere online", 0, 0, 0),
    ("Aumentare i clienti del 10%", 0, 1, 0),
    ("Migliorare il servizio clienti entro giugno", 1, 0, 1),
    ("Avere un sito", 0, 0, 0),
    ("Sell 200 bowls", 0, 1, 0),
    ("Fare 10 post", 0, 1, 0),
    ("Vendere 200 ciotole online e 50 piatti in negozio entro settembre 2026", 1, 1, 1),
    ("Vogliamo vendere 200 ciotole online entro settembre 2026", 1, 1, 1),
    ("Vorrei più clienti", 0, 0, 0),
    ("Double the number of wine club members by the end of 2026", 1, 1, 1),
    ("Reach 1,000 Instagram followers for the bakery before Christmas", 1, 1, 1),
    ("Be the best hairdresser in town", 1, 0, 0),
    ("Portare il fatturato del laboratorio a 80.000 euro nel 2026", 1, 1, 1),
    ("Ridurre del 20% le disdette delle camere entro il 2027", 1, 1, 1),
    ("Organizzare 4 degustazioni in cantina per gruppi entro ottobre 2026", 1, 1, 1),
    ("Ottenere 500 like sui post di Instagram entro giugno 2026", 1, 1, 1),
    ("We would like 200 new customers for the salon by June 2026", 1, 1, 1),
]


@pytest.mark.parametrize(("text", "s", "m", "tb"), OTHER_BUSINESSES)
def test_any_business_is_judged_on_what_where_and_when(text: str, s: int, m: int, tb: int) -> None:
    details = check_smart(text).details
    assert (details["specific"], details["measurable"], details["time_bound"]) == (
        bool(s),
        bool(m),
        bool(tb),
    )


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        (
            "it",
            "Migliorare la presenza di Dolce Vetta su Instagram nel 2026",
            ("Instagram", "che cosa"),
        ),
        ("it", "Aumentare le vendite del 10% entro dicembre", ("vendite", "canale o per chi")),
        ("en", "Improve the presence on Instagram in 2026", ("Instagram", "what you want")),
        ("en", "Increase sales by 10% by December", ("sales", "which channel or for whom")),
    ],
)
def test_a_goal_that_is_not_specific_is_told_what_is_missing(
    lang: str, text: str, words: tuple[str, ...]
) -> None:
    message = check_smart(text, lang=lang).messages[0]
    assert all(w in message for w in words), message


def test_table_is_large_and_bilingual() -> None:
    assert len(TABLE) >= 40
    assert (
        sum(1 for row in TABLE if " the " in f" {row[0]} " or row[0].startswith(("Get", "Double")))
        >= 10
    )


def test_smart_table() -> None:
    mismatches = []
    for text, s, m, tb in TABLE:
        details = check_smart(text).details
        got = (details["specific"], details["measurable"], details["time_bound"])
        if got != (bool(s), bool(m), bool(tb)):
            mismatches.append(f"{text!r}: expected S/M/T={s}{m}{tb}, got {got}")
    assert not mismatches, "\n" + "\n".join(mismatches)


def test_score_counts_the_three_judged_letters() -> None:
    full = check_smart(TABLE[0][0])
    assert (full.score, full.max_score, full.passed) == (3.0, 3.0, True)
    half = check_smart("Nel 2027 migliorare il brand")
    assert half.score == 1.0 and not half.passed


def test_achievable_and_relevant_are_questions_not_verdicts() -> None:
    fb = check_smart(TABLE[0][0], lang="it")
    assert set(fb.details) >= {"specific", "measurable", "time_bound"}
    assert "achievable" not in fb.details and "relevant" not in fb.details
    assert any("Raggiungibile?" in h for h in fb.hints)
    assert any("Rilevante?" in h for h in fb.hints)


def test_year_alone_is_a_deadline_not_a_quantity() -> None:
    fb = check_smart("Nel 2027 migliorare il brand", lang="it")
    assert fb.details["time_bound"] and not fb.details["measurable"]
    assert any("2027" in m and "scadenza" in m for m in fb.messages)


def test_number_without_metric_is_explained() -> None:
    fb = check_smart("Aumentare la visibilità del brand del 30%", lang="en")
    assert any("30%" in m and "what you measure" in m for m in fb.messages)


def test_messages_quote_the_evidence_found() -> None:
    fb = check_smart("Raddoppiare gli iscritti alla newsletter entro Natale", lang="it")
    text = fb.to_text()
    assert "entro Natale" in text and "Raddoppiare" in text and "newsletter" in text


@pytest.mark.parametrize("lang", ["it", "en"])
def test_messages_follow_the_requested_language(lang: str) -> None:
    fb = check_smart("Avere più follower", lang=lang)
    word = "Misurabile" if lang == "it" else "Measurable"
    assert any(m.startswith(word) for m in fb.messages)


def test_blank_and_non_text_objectives() -> None:
    for blank in ("", "   ", None, ...):
        fb = check_smart(blank)
        assert fb.score == 0 and not fb.passed and fb.details["specific"] is False
    fb = check_smart({"obiettivo": "x"}, lang="it")
    assert "testo" in fb.messages[0]


def test_very_long_text_is_cut_with_a_note() -> None:
    text = "Raddoppiare gli iscritti alla newsletter entro Natale. " + "nota " * 30_000
    fb = check_smart(text, lang="it")
    assert fb.passed
    assert any("20.000" in m for m in fb.messages)


def test_evidence_after_the_cut_is_not_read() -> None:
    text = "Avere più follower. " + "x" * 25_000 + " entro il 31/12/2027"
    assert check_smart(text).details["time_bound"] is False


def test_other_businesses_are_many_and_bilingual() -> None:
    english = [r for r in OTHER_BUSINESSES if r[0].split()[0] in {"Sell", "Sign", "Get", "Book"}]
    assert len(OTHER_BUSINESSES) >= 40 and len(english) >= 6


@pytest.mark.parametrize("filler", ["x", "...", "asdf", "Obiettivo", "TODO", "lorem ipsum"])
def test_a_placeholder_never_scores(filler: str) -> None:
    fb = check_smart(filler, lang="it")
    assert fb.score == 0 and not fb.passed and fb.details["unanswered"]


def test_hints_name_the_learners_business_not_the_case_study() -> None:
    goal = "Vendere 200 ciotole online entro settembre 2026"
    own = check_smart(goal, lang="it", business="Ceramiche Ferretti")
    assert any("Chiediti se Ceramiche Ferretti ha tempo" in h for h in own.hints)
    assert "Dolce Vetta" not in own.to_text()
    assert any("Dolce Vetta" in h for h in check_smart(goal, lang="it").hints)


def test_the_business_name_alone_does_not_make_a_goal_specific() -> None:
    goal = "Aumentare le vendite di Ceramiche Ferretti del 10% entro dicembre"
    assert not check_smart(goal, business="Ceramiche Ferretti").details["specific"]
    assert check_smart(goal.replace("di Ceramiche Ferretti", "di ciotole")).details["specific"]


def test_no_case_study_noun_is_needed() -> None:
    from smm_course.checks import smart_lexicon

    words = " ".join(
        str(v) for v in vars(smart_lexicon).values() if isinstance(v, frozenset | tuple)
    )
    for noun in ("tavolett", "pralin", "gianduiott", "torino", "via po", "cioccolat"):
        assert noun not in words
