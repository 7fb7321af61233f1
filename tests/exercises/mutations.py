"""Typical wrong answers per exercise: text edits of the solution cells and what they must cost.

Each mistake is one student's single error (sometimes carried into a later cell on purpose, to
prove the error is paid once). `failing` is the exact set of test cells it must fail: they all
belong to the part of the answer that is wrong, so it loses exactly that answer's points.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mistake:
    """Edits (grade id, old text, new text), the test cells that must then fail, and what the
    feedback must say (`phrases`, e.g. the item's name) and must not say (`forbidden`)."""

    name: str
    edits: tuple[tuple[str, str, str], ...]
    failing: frozenset[str]
    phrases: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    permuted_chart: bool = False  # bars or points under the wrong labels


def _m(
    name: str,
    edits: list[tuple[str, str, str]],
    failing: set[str],
    phrases: tuple[str, ...] = (),
    forbidden: tuple[str, ...] = (),
    permuted_chart: bool = False,
) -> Mistake:
    return Mistake(name, tuple(edits), frozenset(failing), phrases, forbidden, permuted_chart)


_CASSA = '{"fase": "acquisto", "natura": "fisico", "controllo": "gestito"}'
_M01_CHART = 'conteggi = pd.crosstab(tp["phase"], tp["control"])'
_M01_LABELS = 'ax.set_xticklabels([Phase.from_any(str(f)).label("it") for f in conteggi.index]'

MISTAKES: dict[str, tuple[Mistake, ...]] = {
    "m01_touchpoint": (
        _m(
            "one control wrong",
            [("classificazione", _CASSA, _CASSA.replace("gestito", "spontaneo"))],
            {"test_classificazione_tutte"},
            ("Risposte giuste: 23 su 24", "Cassa del negozio", "(controllo)"),
            ("gestito",),
        ),
        _m(
            "one choice left as ...",
            [
                (
                    "classificazione",
                    '"Consiglio a voce di un collega che ha ricevuto un regalo aziendale": '
                    '{"fase": "pre-acquisto"',
                    '"Consiglio a voce di un collega che ha ricevuto un regalo aziendale": '
                    '{"fase": ...',
                )
            ],
            {"test_classificazione_tutte"},
            ("Consiglio a voce", "(fase)"),
            ("pre-acquisto",),
        ),
        _m(
            "four natures wrong",
            [("classificazione", '"natura": "fisico"', '"natura": "digitale"')] * 4,
            {"test_classificazione_22", "test_classificazione_tutte"},
            ("Risposte giuste: 20 su 24", "(natura)"),
        ),
        _m(
            "rows in alphabetical order",
            [
                (
                    "tabella",
                    'pd.crosstab(tp["phase"], tp["control"])',
                    'pd.crosstab(tp["phase"].astype(str), tp["control"])',
                )
            ],
            {"test_tabella_forma"},
            ("in ordine",),
        ),
        _m(
            "groupby().size().unstack() leaves NaN where a phase has no spontaneous touchpoint",
            [
                (
                    "tabella",
                    'pd.crosstab(tp["phase"], tp["control"])',
                    'tp.groupby(["phase", "control"]).size().unstack()',
                )
            ],
            {"test_tabella_forma", "test_tabella_valori"},
            ("celle vuote (NaN)", "unstack(fill_value=0)"),
        ),
        _m(
            "nature instead of control",
            [
                (
                    "tabella",
                    'pd.crosstab(tp["phase"], tp["control"])',
                    'pd.crosstab(tp["phase"], tp["nature"])',
                )
            ],
            {"test_tabella_forma", "test_tabella_valori"},
            ("I conteggi della tabella non sono giusti per",),
        ),
        _m(
            "table doubled, chart drawn from it (carried forward)",
            [
                (
                    "tabella",
                    'pd.crosstab(tp["phase"], tp["control"])',
                    'pd.crosstab(tp["phase"], tp["control"]) * 2',
                ),
                ("grafico", _M01_CHART, "conteggi = tabella"),
            ],
            {"test_tabella_valori"},
            ("pre-acquisto / gestito",),
            ("15", "30"),
        ),
        _m(
            "notna counts every row",
            [("tabella", '(tp["also_phases"] != "").sum()', 'tp["also_phases"].notna().sum()')],
            {"test_multi_fase"},
            ("multi_fase deve essere tra 1",),
        ),
        _m(
            "share times 100",
            [("quota_digitale", "costo_per_natura.sum()", "costo_per_natura.sum() * 100")],
            {"test_quota_digitale"},
            ("frazione tra 0 e 1",),
        ),
        _m(
            "share rounded",
            [
                (
                    "quota_digitale",
                    'quota_digitale = costo_per_natura["digital"] / costo_per_natura.sum()',
                    "quota_digitale = round("
                    'costo_per_natura["digital"] / costo_per_natura.sum(), 2)',
                )
            ],
            {"test_quota_digitale"},
            ("La quota digitale non è giusta",),
            ("0.272", "0,272", "27,2", "27.2"),
        ),
        _m(
            "bars under the wrong labels",
            [
                (
                    "grafico",
                    _M01_CHART,
                    'conteggi = pd.crosstab(tp["phase"].astype(str), tp["control"])',
                ),
                (
                    "grafico",
                    _M01_LABELS,
                    'ax.set_xticklabels(["pre-acquisto", "acquisto", "post-acquisto"]',
                ),
            ],
            {"test_grafico_valori"},
            ("La barra di «pre-acquisto» non corrisponde",),
            permuted_chart=True,
        ),
        _m(
            "no y label",
            [("grafico", 'ax.set_ylabel("Numero di touchpoint")', 'ax.set_ylabel("")')],
            {"test_grafico_forma"},
            ("asse y",),
        ),
    ),
    "m02_canvas": (
        _m(
            "one block wrong",
            [("blocchi", '"customer_relationships",', '"channels",')],
            {"test_blocchi_tutti"},
            ("Risposte giuste: 9 su 10", "La tessera fedeltà"),
            ("customer_relationships", "Relazioni"),
        ),
        _m(
            "three blocks wrong",
            [
                ("blocchi", '"customer_relationships",', '"channels",'),
                ("blocchi", '"key_partners",', '"key_activities",'),
                ("blocchi", '"cost_structure",', '"revenue_streams",'),
            ],
            {"test_blocchi_9", "test_blocchi_tutti"},
            ("Risposte giuste: 7 su 10", "n. 4", "n. 8", "n. 9"),
        ),
        _m(
            "one block left as ...",
            [("blocchi", '"cost_structure",', "...,")],
            {"test_blocchi_tutti"},
            ("Affitto del negozio",),
        ),
        _m(
            "one canvas block left empty",
            [
                (
                    "canvas",
                    '"channels": "L\'agente che visita gli uffici, il catalogo online su '
                    'dolcevetta.example, LinkedIn e il negozio di Via Po per le degustazioni."',
                    '"channels": ""',
                )
            ],
            {"test_canvas_nove"},
            ("Canali",),
        ),
        _m(
            "costs that cover nothing of resources, activities, partners",
            [
                (
                    "canvas",
                    '"cost_structure": "Materie prime (cacao e nocciole), stipendi del '
                    "laboratorio, provvigioni dell'agente, confezioni della tipografia e "
                    'spedizioni del corriere."',
                    '"cost_structure": "Affitto, bollette e tasse da pagare ogni mese."',
                )
            ],
            {"test_canvas_coerente"},
            ("Struttura dei costi",),
        ),
        _m(
            "segment of families, not companies",
            [
                (
                    "canvas",
                    '"customer_segments": "Aziende di Torino e del Nord Italia (studi '
                    "professionali, banche, imprese) che regalano cioccolato a clienti e "
                    'dipendenti a Natale e a Pasqua."',
                    '"customer_segments": "Famiglie torinesi che regalano cioccolato '
                    'artigianale a Natale e a Pasqua."',
                )
            ],
            {"test_canvas_tema"},
            ("Il segmento di clientela deve essere quello delle aziende",),
        ),
        _m(
            "revenue sorted the wrong way",
            [("ricavi", "sort_values(ascending=False)", "sort_values()")],
            {"test_ricavi"},
            ("Ordina ricavi",),
        ),
        _m(
            "shop share times 100",
            [
                (
                    "ricavi",
                    '/ canali["revenue_eur_month"].sum())',
                    '/ canali["revenue_eur_month"].sum() * 100)',
                )
            ],
            {"test_quota_negozio"},
            ("frazione tra 0 e 1",),
        ),
        _m(
            "bars under the wrong names",
            [("grafico", "ricavi_canale.to_numpy()", "ricavi_canale.to_numpy()[::-1]")],
            {"test_grafico_valori"},
            ("La barra di «", "non corrisponde ai ricavi del canale"),
            permuted_chart=True,
        ),
        _m(
            "no unit on the x axis",
            [("grafico", 'ax.set_xlabel("Ricavi medi mensili (€)")', 'ax.set_xlabel("Ricavi")')],
            {"test_grafico_forma"},
            ("unità di misura",),
        ),
    ),
    "m03_journey": (
        _m(
            "no negative moment",
            [
                ("mappa", '"emotions": -1', '"emotions": 1'),
                ("mappa", '"emotions": -2', '"emotions": 2'),
            ],
            {"test_mappa_completa"},
            ("nessun momento negativo",),
        ),
        _m(
            "one opportunity left empty",
            [
                (
                    "mappa",
                    '"opportunities": "Invito a recensire con il QR della cartolina"',
                    '"opportunities": ""',
                )
            ],
            {"test_mappa_attriti"},
            ("Manca l'opportunità nella fase advocacy",),
        ),
        _m(
            "one action left empty",
            [("mappa", '"actions": "Sceglie la scatola grande e paga online"', '"actions": ""')],
            {"test_mappa_completa"},
            ("mancano le azioni",),
        ),
        _m(
            "one SWOT quadrant left empty",
            [
                (
                    "swot",
                    '"opportunities": "I corrieri offrono consegne a fascia oraria e punti '
                    "di ritiro; cresce la domanda di regali spediti direttamente al "
                    'destinatario."',
                    '"opportunities": ""',
                )
            ],
            {"test_swot"},
            ("Opportunità",),
        ),
        _m(
            "case-sensitive filter, mean of its own rows (carried forward)",
            [("consegna", "case=False", "case=True")],
            {"test_consegna_filtro"},
            ("senza distinguere maiuscole",),
        ),
        _m(
            "mean of every review as the delivery mean",
            [
                (
                    "consegna",
                    'media_consegna = rec_consegna["rating"].mean()',
                    'media_consegna = recensioni["rating"].mean()',
                )
            ],
            {"test_media_consegna"},
            ("media_consegna non è il voto medio",),
            ("3.37", "3,37", "3.4", "3,4"),
        ),
        _m(
            "overall mean of the delivery reviews only",
            [
                (
                    "consegna",
                    'media_tutte = recensioni["rating"].mean()',
                    'media_tutte = rec_consegna["rating"].mean()',
                )
            ],
            {"test_media_tutte"},
            ("media_tutte",),
        ),
        _m(
            "SWOT without the reviews",
            [
                (
                    "swot",
                    "molte recensioni dicono che il pacco arriva ben protetto",
                    "il pacco arriva ben protetto",
                ),
                (
                    "swot",
                    "le recensioni che parlano di consegna hanno un voto medio "
                    "più basso della media",
                    "i clienti si lamentano",
                ),
            ],
            {"test_swot_recensioni"},
            ("recensioni della Parte 2",),
        ),
        _m(
            "curve points under the wrong stages",
            [
                (
                    "curva",
                    'mappa.loc["emotions"].astype(int).tolist()',
                    'mappa.loc["emotions"].astype(int).tolist()[::-1]',
                )
            ],
            {"test_curva_valori"},
            ("sopra queste fasi",),
            permuted_chart=True,
        ),
        _m(
            "curve without a title",
            [("curva", 'ax.set_title("Il viaggio di Elena: curva delle emozioni")', "")],
            {"test_curva_forma"},
            ("titolo",),
        ),
        _m(
            "one situation wrong",
            [
                (
                    "approcci",
                    'glielo ricorda in negozio": "omnicanalità"',
                    'glielo ricorda in negozio": "multicanalità"',
                )
            ],
            {"test_approcci_tutte"},
            ("Risposte giuste: 3 su 4", "La commessa in Via Po"),
            ("omnicanalit",),
        ),
    ),
    "m04_zmot": (
        _m(
            "three moments wrong",
            [
                ("momenti", '"SMOT",', '"ZMOT",'),
                ("momenti", '"SMOT",', '"ZMOT",'),
                ("momenti", '"FMOT",', '"SMOT",'),
            ],
            {"test_momenti_6", "test_momenti_7", "test_momenti_tutti"},
            ("Risposte giuste: 5 su 8",),
        ),
        _m(
            "one moment left as ...",
            [("momenti", '"stimolo",', "...,")],
            {"test_momenti_tutti"},
            ("Un amico gli inoltra",),
            ("stimolo",),
        ),
        _m(
            "median instead of mean",
            [("per_fonte", 'voto_medio=("rating", "mean")', 'voto_medio=("rating", "median")')],
            {"test_per_fonte_voto"},
            ("Il voto medio non è giusto per",),
            ("3.85", "3,85", "4.3", "3.52"),
        ),
        _m(
            "only one-star reviews",
            [
                (
                    "per_fonte",
                    'quota_negative = (recensioni["rating"] <= 2).mean()',
                    'quota_negative = (recensioni["rating"] < 2).mean()',
                )
            ],
            {"test_quota_negative"},
            ("quota_negative non è giusta",),
        ),
        _m(
            "words of every review",
            [("top_parole", 'recensioni[recensioni["rating"] <= 2]', "recensioni")],
            {"test_top_parole_3", "test_top_parole_tutte"},
            ("Non sono tra le 4 più frequenti",),
            ("regalo", "ritardo", "sconsigliato"),
        ),
        _m(
            "bars under the wrong ratings",
            [("grafico", "voti.to_numpy()", "voti.to_numpy()[::-1]")],
            {"test_grafico_valori"},
            ("La barra del voto",),
            permuted_chart=True,
        ),
        _m(
            "no title",
            [("grafico", 'ax.set_title("Recensioni di Dolce Vetta nel 2025 per voto")', "")],
            {"test_grafico_forma"},
            ("titolo",),
        ),
    ),
    "m05_sostac_race": (
        _m(
            "the date column summed with the numbers: the KPI cell stops with a TypeError",
            [
                (
                    "kpi",
                    'campagne.groupby("channel", observed=True)[["visits", "orders", '
                    '"revenue_eur", "spend_eur", "new_customers"]].sum()',
                    'campagne.groupby("channel", observed=True).sum()',
                )
            ],
            {"test_kpi_conversione", "test_kpi_aov", "test_kpi_cac", "test_kpi_roas"},
            ("hai sommato anche la colonna delle date (month)",),
        ),
        _m(
            "strategy and tactics swapped",
            [
                ("sostac", 'premium": "strategy"', 'premium": "tactics"'),
                ("sostac", 'fiera a dicembre": "tactics"', 'fiera a dicembre": "strategy"'),
            ],
            {"test_sostac_5", "test_sostac_tutte"},
            ("Risposte giuste: 4 su 6", "n. 3", "n. 4"),
            ("strategy", "tactics", "strategia", "tattiche"),
        ),
        _m(
            "one stage left as ...",
            [("sostac", 'correggere il piano": "control"', 'correggere il piano": ...')],
            {"test_sostac_tutte"},
            ("Ogni lunedì confrontare",),
        ),
        _m(
            "goal without a deadline",
            [("obiettivo", " entro il 31 dicembre 2026", "")],
            {"test_smart_scadenza"},
            ("Definito nel tempo: no",),
        ),
        _m(
            "vague goal",
            [
                (
                    "obiettivo",
                    'obiettivo = "Portare gli ordini',
                    'obiettivo = "Migliorare la presenza di Dolce Vetta su Instagram nel 2026 e '
                    'farsi conoscere di più" or "Portare gli ordini',
                )
            ],
            {"test_smart_specifico", "test_smart_misurabile"},
            ("Specifico: non ancora", "Misurabile"),
        ),
        _m(
            "CAC per order, best CAC read from that table (carried forward)",
            [
                ("kpi", 'totali_canale["new_customers"])', 'totali_canale["orders"])'),
                (
                    "decisione",
                    'miglior_cac = str((totali["spend_eur"] / totali["new_customers"]).idxmin())',
                    'miglior_cac = str(kpi["cac"].idxmin())',
                ),
            ],
            {"test_kpi_cac"},
            ("Il CAC non è giusto", "Canali da rivedere:"),
        ),
        _m(
            "KPIs as means of monthly ratios, decisions from that table (carried forward)",
            [
                (
                    "kpi",
                    "totali_canale = campagne.groupby(",
                    'mensili = campagne.assign(conversion_rate=campagne["orders"] / '
                    'campagne["visits"], aov=campagne["revenue_eur"] / campagne["orders"], '
                    'cac=campagne["spend_eur"] / campagne["new_customers"], '
                    'roas=campagne["revenue_eur"] / campagne["spend_eur"])\n'
                    "totali_canale = campagne.groupby(",
                ),
                (
                    "kpi",
                    "kpi = pd.DataFrame({",
                    'kpi = mensili.groupby("channel", observed=True)'
                    '[["conversion_rate", "aov", "cac", "roas"]].mean()\n_ = pd.DataFrame({',
                ),
                (
                    "decisione",
                    'da_rivedere = str((totali["revenue_eur"] / totali["spend_eur"]).idxmin())',
                    'da_rivedere = str(kpi["roas"].idxmin())',
                ),
                (
                    "decisione",
                    'miglior_cac = str((totali["spend_eur"] / totali["new_customers"]).idxmin())',
                    'miglior_cac = str(kpi["cac"].idxmin())',
                ),
            ],
            {"test_kpi_conversione", "test_kpi_aov", "test_kpi_cac", "test_kpi_roas"},
            ("Canali da rivedere:",),
        ),
        _m(
            "conversion rate times 100",
            [
                (
                    "kpi",
                    'race.conversion_rate(totali_canale["orders"], totali_canale["visits"])',
                    'race.conversion_rate(totali_canale["orders"], totali_canale["visits"]) * 100',
                )
            ],
            {"test_kpi_conversione"},
            ("frazione tra 0 e 1",),
        ),
        _m(
            "AOV off by ten per cent",
            [
                (
                    "kpi",
                    'race.aov(totali_canale["revenue_eur"], totali_canale["orders"])',
                    'race.aov(totali_canale["revenue_eur"], totali_canale["orders"]) * 0.9',
                )
            ],
            {"test_kpi_aov"},
            ("L'AOV non è giusto", "Instagram"),
        ),
        _m(
            "Engage counted as new customers",
            [("funnel", '"Engage": "returning_customers"', '"Engage": "new_customers"')],
            {"test_funnel_valori"},
            ("La barra di «Engage»",),
            ("237", "596"),
        ),
        _m(
            "funnel bars under the wrong stages",
            [
                (
                    "funnel",
                    "ax.barh(list(fasi_race)[::-1], valori[::-1]",
                    "ax.barh(list(fasi_race)[::-1], valori",
                )
            ],
            {"test_funnel_valori"},
            ("La barra di «Reach»", "«Act»"),
            permuted_chart=True,
        ),
        _m(
            "no log scale",
            [("funnel", 'ax.set_xscale("log")', "")],
            {"test_funnel_forma"},
            ("scala logaritmica",),
        ),
        _m(
            "channel typed by hand",
            [
                (
                    "decisione",
                    'da_rivedere = str((totali["revenue_eur"] / totali["spend_eur"]).idxmin())',
                    'da_rivedere = "TikTok"',
                )
            ],
            {"test_da_rivedere"},
            ("scritto a mano",),
        ),
        _m(
            "highest CAC instead of lowest",
            [
                (
                    "decisione",
                    '/ totali["new_customers"]).idxmin()',
                    '/ totali["new_customers"]).idxmax()',
                )
            ],
            {"test_miglior_cac"},
            ("miglior_cac non è il canale con il CAC più basso",),
            ("Google Ads", "Facebook"),
        ),
    ),
    "m06_canali": (
        _m(
            "two channels wrong",
            [
                ("tipi", 'a dicembre": "diretto"', 'a dicembre": "indiretto"'),
                (
                    "tipi",
                    'rivende le praline con un ricarico del 35%": "indiretto"',
                    'rivende le praline con un ricarico del 35%": "diretto"',
                ),
            ],
            {"test_tipi_5", "test_tipi_tutti"},
            ("Risposte giuste: 4 su 6", "n. 1", "n. 2"),
            ("indiretto",),
        ),
        _m(
            "one phase left as ...",
            [("fasi_canale", '"consegna",', "...,")],
            {"test_fasi_canale_tutte"},
            ("Il corriere refrigerato",),
            ("consegna»",),
        ),
        _m(
            "commission on the cost, profit and ROI from it (carried forward)",
            [
                (
                    "tabella",
                    'con_costo["revenue_eur_month"] * con_costo["commission_rate"]',
                    'con_costo["cost_eur_month"] * con_costo["commission_rate"]',
                )
            ],
            {"test_tabella_commissioni"},
            ("Le commissioni non sono giuste", "resellers"),
        ),
        _m(
            "ROI on revenue, chart of that ROI (carried forward)",
            [
                (
                    "tabella",
                    'race.roi(tabella["profitto"]',
                    'race.roi(con_costo["revenue_eur_month"]',
                ),
                (
                    "grafico",
                    'roi_ordinato = race.roi(profitto, con_costo["cost_eur_month"]).sort_values()',
                    'roi_ordinato = tabella["roi"].sort_values()',
                ),
            ],
            {"test_tabella_roi"},
            ("con il profitto e non con il fatturato",),
        ),
        _m(
            "no zero line",
            [("grafico", 'ax.axhline(0, color="black", linewidth=0.8)', "pass")],
            {"test_grafico_forma"},
            ("linea orizzontale sullo zero",),
        ),
        _m(
            "bars not sorted",
            [
                (
                    "grafico",
                    '(profitto, con_costo["cost_eur_month"]).sort_values()',
                    '(profitto, con_costo["cost_eur_month"])',
                )
            ],
            {"test_grafico_ordine"},
            ("Ordina le barre",),
        ),
        _m(
            "ids under the wrong bars",
            [("grafico", "ax.bar(roi_ordinato.index,", "ax.bar(roi_ordinato.index[::-1],")],
            {"test_grafico_valori"},
            ("non corrisponde al ROI del canale",),
            permuted_chart=True,
        ),
        _m(
            "revenue per euro upside down",
            [
                (
                    "per_tipo",
                    'per_tipo["ricavi"] / per_tipo["costo"]',
                    'per_tipo["costo"] / per_tipo["ricavi"]',
                )
            ],
            {"test_per_tipo_rapporto"},
            ("ricavi_per_euro non è giusto per i canali di tipo",),
        ),
    ),
    "m08_attribuzione": (
        _m(
            "first touch counted on every journey, lost ones too",
            [("primo", 'convertiti["path"].str[0]', 'percorsi["path"].str[0]')],
            {"test_primo_valori"},
            (
                "Le conversioni del primo contatto non sono giuste",
                "solo i percorsi con un acquisto",
            ),
        ),
        _m(
            "last channel instead of the first",
            [("primo", '["path"].str[0]', '["path"].str[-1]')],
            {"test_primo_valori"},
            ("Canali da rivedere", "E-commerce"),
        ),
        _m(
            "every touch counts a whole conversion",
            [("lineare", 'quota=1 / convertiti["touches"]', "quota=1")],
            {"test_lineare_valori"},
            ("Le conversioni del modello lineare non sono giuste", "diviso in parti uguali"),
        ),
        _m(
            "difference upside down, chart and decisions from it (carried forward)",
            [
                (
                    "confronto",
                    'confronto["lineare"] - confronto["ultimo"]',
                    'confronto["ultimo"] - confronto["lineare"]',
                ),
                (
                    "grafico",
                    'differenze = (attribute(percorsi, "linear") - attribute(percorsi, "last"))',
                    'differenze = (confronto["differenza"])',
                ),
                (
                    "decisioni",
                    'differenza = attribute(percorsi, "linear") - attribute(percorsi, "last")',
                    'differenza = confronto["differenza"]',
                ),
            ],
            {"test_confronto_differenza"},
            ("lineare meno ultimo",),
        ),
        _m(
            "last click in euros instead of conversions, difference from it (carried forward)",
            [
                (
                    "confronto",
                    '"ultimo": attribute(percorsi, "last")',
                    '"ultimo": attribute(percorsi, "last", revenue=True)',
                )
            ],
            {"test_confronto_ultimo"},
            ("La colonna ultimo non è giusta",),
        ),
        _m(
            "no zero line",
            [("grafico", 'ax.axhline(0, color="black", linewidth=0.8)', "pass")],
            {"test_grafico_forma"},
            ("linea orizzontale sullo zero",),
        ),
        _m(
            "bars not sorted",
            [
                (
                    "grafico",
                    '- attribute(percorsi, "last")).sort_values()',
                    '- attribute(percorsi, "last"))',
                )
            ],
            {"test_grafico_ordine"},
            ("Ordina le barre",),
        ),
        _m(
            "channels under the wrong bars",
            [("grafico", "ax.bar(differenze.index,", "ax.bar(differenze.index[::-1],")],
            {"test_grafico_valori"},
            ("non corrisponde alla differenza del canale",),
            permuted_chart=True,
        ),
        _m(
            "biggest loser named the most undervalued",
            [
                (
                    "decisioni",
                    "sottovalutato = str(differenza.idxmax())",
                    "sottovalutato = str(differenza.idxmin())",
                )
            ],
            {"test_sottovalutato"},
            ("sottovalutato non è il canale con la differenza più alta",),
            ("Google Ads",),
        ),
        _m(
            "channel typed by hand",
            [
                (
                    "decisioni",
                    "sopravvalutato = str(differenza.idxmin())",
                    'sopravvalutato = "Instagram"',
                )
            ],
            {"test_sopravvalutato"},
            ("sopravvalutato non è il canale con la differenza più bassa",),
            ("E-commerce",),
        ),
    ),
}


@dataclass(frozen=True)
class HandChecked:
    """A submission from the instructor's trial (shared/reviews), graded by hand there: the
    mistakes it makes (names in MISTAKES), answers left as released, and the automatic score
    it deserves (out of 14)."""

    assignment: str
    mistakes: tuple[str, ...]
    blank: tuple[str, ...]
    extra: tuple[tuple[str, str, str], ...]
    auto: float


HAND_CHECKED: dict[str, HandChecked] = {
    # rows in alphabetical order, then Italian labels typed over them: every bar mislabelled
    "Contu m01": HandChecked(
        "m01_touchpoint", ("rows in alphabetical order", "bars under the wrong labels"), (), (), 11
    ),
    # one choice of 24 left as ..., chart not done: Part 1 is 3/4, not 0/4
    "Caruso m01": HandChecked("m01_touchpoint", ("one choice left as ...",), ("grafico",), (), 9),
    # CAC per order (right AOV), best CAC right for his own table
    "Ricci m05": HandChecked(
        "m05_sostac_race",
        ("CAC per order, best CAC read from that table (carried forward)",),
        (),
        (),
        13,
    ),
    # KPIs as means of monthly ratios, both decisions right for his own table
    "Romano m05": HandChecked(
        "m05_sostac_race",
        ("KPIs as means of monthly ratios, decisions from that table (carried forward)",),
        (),
        (),
        10,
    ),
    # "Migliorare la presenza di Dolce Vetta su Instagram nel 2026 e farsi conoscere di più"
    "De Luca m05": HandChecked("m05_sostac_race", ("vague goal",), (), (), 12),
    # both channel names typed by hand
    "Lombardi m05": HandChecked(
        "m05_sostac_race",
        ("channel typed by hand",),
        (),
        (
            (
                "decisione",
                'miglior_cac = str((totali["spend_eur"] / totali["new_customers"]).idxmin())',
                'miglior_cac = "Google Ads"',
            ),
        ),
        12,
    ),
}
