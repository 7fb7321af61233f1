"""Italian phrase banks the review generator composes texts from (by topic and sentiment)."""

from __future__ import annotations

PRODUCTS = (
    "le praline",
    "i gianduiotti",
    "la tavoletta fondente al 70%",
    "la crema spalmabile alla nocciola",
    "i cremini",
    "la tavoletta al latte con nocciole",
    "i cioccolatini al peperoncino",
    "le scorze d'arancia ricoperte",
)
SEASONAL_PRODUCTS = {
    "Natale": ("la scatola di Natale", "il calendario dell'Avvento", "la selezione natalizia"),
    "Pasqua": ("l'uovo di Pasqua", "l'uovo fondente con sorpresa", "gli ovetti assortiti"),
    "San Valentino": ("la scatola a cuore", "le praline di San Valentino"),
}

OPENINGS = {
    "pos": (
        "Che scoperta!",
        "Esperienza ottima.",
        "Semplicemente deliziosi.",
        "Torno sempre volentieri.",
        "Cinque stelle meritate.",
        "Una certezza.",
    ),
    "mix": ("Esperienza nel complesso discreta.", "Luci e ombre.", "Così così."),
    "neg": ("Esperienza deludente.", "Purtroppo non ci siamo.", "Che delusione."),
}

CLOSINGS = {
    "pos": (
        "Consigliatissimo!",
        "Ci tornerò sicuramente.",
        "Bravi!",
        "Da provare almeno una volta.",
        "Ormai sono cliente fisso.",
        "Lo consiglio a tutti gli amici.",
    ),
    "mix": (
        "Magari riproverò.",
        "Potrebbero migliorare.",
        "Il cioccolato resta buono, il resto meno.",
    ),
    "neg": (
        "Non ordinerò più.",
        "Sconsigliato.",
        "Spero che leggano questa recensione e migliorino.",
        "Peccato.",
    ),
}

TOPIC_PHRASES = {
    "gusto": {
        "pos": (
            "Ho assaggiato {product} e il gusto è davvero eccezionale.",
            "Il cioccolato è buonissimo, si sente la qualità delle materie prime.",
            "Gusto pieno, nocciole tostate al punto giusto.",
            "Il fondente è aromatico e si scioglie in bocca lentamente.",
            "Mi sono innamorata di {product}: sapore autentico, come una volta.",
            "Cioccolato artigianale vero, si capisce al primo assaggio.",
            "Abbiamo provato {product}: buonissimo e per niente stucchevole.",
        ),
        "neg": (
            "Ho preso {product} ma il gusto mi ha deluso, troppo dolce.",
            "Il cioccolato mi è sembrato meno buono dell'anno scorso.",
            "Sapore piatto, mi aspettavo di più da una cioccolateria artigianale.",
            "Qualche pralina era secca, come se non fosse fresca.",
        ),
    },
    "packaging": {
        "pos": (
            "La confezione è elegante e curata nei dettagli.",
            "Scatola bellissima, perfetta da regalare.",
            "Imballaggio robusto, tutto è arrivato integro.",
            "Il packaging in carta riciclata è una bella scelta.",
        ),
        "neg": (
            "La scatola era rovinata e un angolo era schiacciato.",
            "Confezione anonima, per questi prezzi mi aspettavo di più.",
            "Troppa plastica nell'imballaggio.",
        ),
    },
    "consegna": {
        "pos": (
            "Spedizione veloce: ordinato lunedì, arrivato mercoledì.",
            "Consegna puntuale e corriere gentile.",
            "Il pacco è arrivato in due giorni, ben protetto.",
            "Tracciamento chiaro, sapevo sempre dove fosse il pacco.",
        ),
        "neg": (
            "Il corriere ha perso il pacco e ho dovuto sollecitare più volte.",
            "Spedizione lenta, ci ha messo più di una settimana.",
            "Il tracciamento non si aggiornava mai.",
        ),
    },
    "prezzo": {
        "pos": (
            "Prezzo giusto per la qualità che offrono.",
            "Non costa poco, ma vale ogni centesimo.",
            "Buon rapporto qualità prezzo, soprattutto per le tavolette.",
        ),
        "neg": (
            "Prezzi un po' alti rispetto ad altre cioccolaterie di Torino.",
            "Le spese di spedizione sono troppo care.",
            "Caro: quasi 30 euro per una scatola piccola.",
        ),
    },
    "personale": {
        "pos": (
            "Il personale è gentilissimo e ti fa assaggiare tutto.",
            "Chiara e le ragazze al banco sanno consigliare benissimo.",
            "Accoglienza calorosa, ci hanno spiegato come nascono i gianduiotti.",
            "Servizio clienti rapido: mi hanno risposto su WhatsApp in pochi minuti.",
        ),
        "neg": (
            "Al banco c'era una sola persona e abbiamo aspettato parecchio.",
            "Commessa poco disponibile, sembrava avere fretta.",
            "Ho scritto all'assistenza due volte senza ricevere risposta.",
        ),
    },
    "negozio": {
        "pos": (
            "Il negozio in Via Po è piccolo ma delizioso, profuma di cacao.",
            "Bottega bellissima sotto i portici, tappa obbligata a Torino.",
            "Dalla vetrina si vede il laboratorio, molto suggestivo.",
        ),
        "neg": (
            "Negozio piccolo e sempre affollato, difficile muoversi.",
            "Orari poco comodi: chiuso proprio la domenica pomeriggio.",
        ),
    },
    "regali": {
        "pos": (
            "Ho regalato {product} a mia madre ed è stata felicissima.",
            "Perfetto come regalo aziendale, i nostri clienti hanno apprezzato molto.",
            "Abbiamo ordinato i regali per i clienti dello studio: tutti entusiasti.",
            "Idea regalo sempre azzeccata, aggiungono anche un biglietto scritto a mano.",
        ),
        "neg": (
            "Era un regalo e il biglietto d'auguri non è stato inserito.",
            "Il regalo è arrivato senza la confezione regalo che avevo pagato.",
        ),
    },
}

# The two recurring complaints the lessons let learners discover in the texts.
COMPLAINTS = {
    "ritardo": (
        "Ordinato il 10 dicembre, consegnato dopo Natale: consegna in ritardo e regalo saltato.",
        "Consegna in ritardo di una settimana, proprio sotto Natale.",
        "Il pacco doveva arrivare prima di Natale e invece è arrivato in ritardo.",
        "Nessuno mi ha avvisato del ritardo: i regali di Natale sono arrivati il 28.",
        "Spedizione promessa in 48 ore, arrivata in ritardo di sei giorni.",
        "Ho chiamato tre volte per sapere del ritardo, nessuna risposta chiara.",
    ),
    "sciolto": (
        "Il cioccolato è arrivato completamente sciolto per il caldo.",
        "Con questo caldo la spedizione andava protetta: tavolette sciolte e deformate.",
        "Pacco lasciato al sole dal corriere, cioccolato sciolto.",
        "Praline arrivate sciolte, niente borsa termica nel pacco.",
        "D'estate non ordinate online: il cioccolato arriva sciolto.",
        "Scatola aperta e cioccolato sciolto per il caldo, tutto da buttare.",
    ),
}
# A kind word that softens a complaint in a 3-star review.
CONSOLATIONS = (
    "Peccato, perché il gusto è ottimo.",
    "Il cioccolato in sé è buonissimo.",
    "Per il resto, però, sempre tutto perfetto.",
)
