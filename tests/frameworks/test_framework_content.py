"""Touchpoints, journey, ZMOT, SOSTAC®, RACE and channels match the course content."""

from __future__ import annotations

from smm_course.frameworks import channels, journey, race, sostac, touchpoints, zmot
from smm_course.frameworks.race import Kpi, RaceStage


def test_touchpoint_enums_in_canonical_order():
    assert touchpoints.Phase.ids() == ("pre_purchase", "purchase", "post_purchase")
    assert touchpoints.Phase.PRE_PURCHASE.label("it") == "pre-acquisto"
    assert touchpoints.Nature.ids() == ("digital", "physical")
    assert touchpoints.Control.ids() == ("managed", "spontaneous")
    assert touchpoints.Control.SPONTANEOUS.label("it") == "spontaneo"


def _example(name_it: str) -> touchpoints.Touchpoint:
    (found,) = [tp for tp in touchpoints.EXAMPLES if tp.name.it.lower().startswith(name_it)]
    return found


def test_touchpoint_examples_follow_content():
    P, N, C = touchpoints.Phase, touchpoints.Nature, touchpoints.Control
    newsletter = _example("newsletter")
    assert set(newsletter.phases) == {P.PRE_PURCHASE, P.POST_PURCHASE}
    assert (newsletter.nature, newsletter.control) == (N.DIGITAL, C.MANAGED)
    assert _example("negozio").phases == (P.PURCHASE,)
    assert _example("negozio").nature is N.PHYSICAL
    assert _example("e-commerce").phases == (P.PURCHASE,)
    assert _example("recensioni").control is C.SPONTANEOUS
    assert _example("passaparola").control is C.SPONTANEOUS
    assert _example("articoli di stampa").control is C.SPONTANEOUS
    assert _example("assistenza").phases == (P.POST_PURCHASE,)
    assert _example("assistenza").control is C.MANAGED
    # Every phase, nature and control has at least one example.
    assert {p for tp in touchpoints.EXAMPLES for p in tp.phases} == set(P)
    assert {tp.nature for tp in touchpoints.EXAMPLES} == set(N)
    assert {tp.control for tp in touchpoints.EXAMPLES} == set(C)
    names = [tp.name.it for tp in touchpoints.EXAMPLES]
    assert len(names) == len(set(names))


def test_journey_stages_rows_and_swot():
    J = journey.JourneyStage
    assert J.ids() == ("awareness", "consideration", "purchase", "retention", "advocacy")
    assert [s.label("it") for s in J][:4] == [
        "consapevolezza",
        "considerazione",
        "acquisto",
        "fidelizzazione",
    ]
    assert journey.MapRow.ids() == (
        "actions",
        "touchpoints",
        "thoughts",
        "emotions",
        "pain_points",
        "opportunities",
    )
    assert [r for r in journey.MapRow if r.numeric] == [journey.MapRow.EMOTIONS]
    assert (journey.EMOTION_MIN, journey.EMOTION_MAX) == (-2, 2)
    S = journey.SwotQuadrant
    assert [(q.internal, q.positive) for q in S] == [
        (True, True),
        (True, False),
        (False, True),
        (False, False),
    ]
    assert journey.ChannelApproach.from_any("omnicanalità") is journey.ChannelApproach.OMNICHANNEL


def test_zmot_moments_in_order_with_examples():
    M = zmot.Moment
    assert M.ids() == ("stimulus", "zmot", "fmot", "smot")
    for moment in M:
        assert moment.example.it and moment.example.en
        assert moment.example.it != moment.definition("it")
    assert zmot.SOURCES_USED_2011 > zmot.SOURCES_USED_2010
    assert (zmot.SOURCES_USED_2010, zmot.SOURCES_USED_2011) == (5.3, 10.4)
    credit = zmot.CREDIT.get("it")
    assert "Lecinski" in credit and "2011" in credit and "2005" in credit and "Solis" in credit
    assert zmot.SocialGoal.ids() == ("branding", "promotion", "sales", "customer_care")


def test_sostac_six_stages_in_order_with_questions():
    S = sostac.SostacStage
    assert S.ids() == ("situation", "objectives", "strategy", "tactics", "action", "control")
    assert S.SITUATION.question("it") == "Dove siamo ora?"
    assert S.SITUATION.question("en") == "Where are we now?"
    for stage in S:
        for lang in ("it", "en"):
            assert stage.question(lang).endswith("?")
            assert stage.details(lang)
        assert len(stage.details("it")) == len(stage.details("en"))
    assert len({s.question("it") for s in S}) == 6
    assert "Sizzle" in " ".join(S.OBJECTIVES.details("it"))
    assert "SMART" in " ".join(S.OBJECTIVES.details("en"))
    assert len(S.STRATEGY.details("en")) == 7  # STOP & SIT
    assert "".join(d[0] for d in S.STRATEGY.details("en")) == "STOPSIT"
    action = " ".join(S.ACTION.details("en"))
    assert all(m in action for m in ("Men", "Money", "Minutes"))
    assert sostac.FiveS.ids() == ("sell", "serve", "speak", "save", "sizzle")
    assert "PR Smith" in sostac.CREDIT.get("it") and "®" in sostac.CREDIT.get("en")
    assert sostac.SOURCE_ARTICLE_STAGES == 4 < len(S)


CONTENT_KPIS = {
    RaceStage.REACH: {"reach", "impressions", "unique_visitors", "share_of_voice"},
    RaceStage.ACT: {"engagement_rate", "pages_per_visit", "leads", "sign_ups"},
    RaceStage.CONVERT: {"conversion_rate", "revenue", "aov", "cac", "roas"},
    RaceStage.ENGAGE: {"repeat_purchase_rate", "retention", "clv", "nps"},
}


def test_race_starts_with_plan_and_lists_the_content_kpis():
    assert RaceStage.ids() == ("plan", "reach", "act", "convert", "engage")
    assert next(iter(RaceStage)) is RaceStage.PLAN
    for stage, expected in CONTENT_KPIS.items():
        ids = {k.id for k in stage.kpis}
        assert len(stage.kpis) >= 3
        assert expected <= ids, stage
        assert all(isinstance(k, Kpi) for k in stage.kpis)
    # No KPI belongs to two stages.
    listed = [k for stage in RaceStage for k in stage.kpis]
    assert len(listed) == len(set(listed))
    assert "Smart Insights" in race.CREDIT.get("it") and "Chaffey" in race.CREDIT.get("en")


def test_kpi_ids_and_formulas():
    assert set(Kpi.ids()) == {
        "reach", "impressions", "unique_visitors", "share_of_voice", "engagement_rate",
        "pages_per_visit", "leads", "sign_ups", "conversion_rate", "revenue", "aov", "cac",
        "roas", "repeat_purchase_rate", "retention", "clv", "nps", "roi", "ctr",
    }  # fmt: skip
    for kpi in Kpi:
        assert kpi.formula("it") and kpi.formula("en")
    assert "÷" in Kpi.CTR.formula("en") and "impressions" in Kpi.CTR.formula("en")
    assert "reach" in Kpi.ENGAGEMENT_RATE.formula("it")
    assert Kpi.from_any("tasso di conversione") is Kpi.CONVERSION_RATE
    assert Kpi.from_any("Customer Lifetime Value") is Kpi.CLV


def test_channels():
    T = channels.ChannelType
    assert T.ids() == ("direct", "indirect")
    assert T.DIRECT.label("it") == "diretto"
    for kind in T:
        assert kind.cost_note("it") and kind.cost_note("en")
    assert "traffico" in T.DIRECT.cost_note("it")
    assert "visibilità" in T.INDIRECT.cost_note("it")
    P = channels.ChannelPhase
    assert P.ids() == ("awareness", "evaluation", "purchase", "delivery", "after_sales")
    assert [p.label("it") for p in P][1:] == ["valutazione", "acquisto", "consegna", "post-vendita"]
    for phase in P:
        assert 1 <= len(phase.questions("it")) == len(phase.questions("en"))
        assert all(q.endswith("?") for q in phase.questions("it"))
    assert channels.EcosystemTool.ids() == (
        "search_ads", "social_ads", "email", "organic", "pr", "automation", "monitoring",
        "compliance",
    )  # fmt: skip
    assert channels.AutomationUse.ids() == (
        "engagement", "follow_up", "abandoned_cart", "loyalty", "lead_creation",
    )  # fmt: skip
    kinds = {c.type for c in channels.EXAMPLES}
    assert kinds == set(T)
    marketplace = [c for c in channels.EXAMPLES if c.name.it == "Marketplace"]
    assert marketplace and marketplace[0].type is T.INDIRECT
