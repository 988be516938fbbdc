"""Les messages en français : mêmes clés et mêmes champs que le catalogue anglais (en.py), rédigés pour l'équipe
juridique qui relit la politique."""
from __future__ import annotations

_UTC = "(nous sommes le {today} en UTC, la date de référence de toutes les machines et du site)"

MESSAGES: dict[str, str] = {
    # --- how `policy check` and the refusals frame the findings ------------------------------------
    "finding.warning": "avertissement : ",
    "check.errors": "{errors:plural:problème fait|problèmes font} échouer la vérification",
    "check.warnings": "{warnings:plural:avertissement, qui ne la fait|avertissements, qui ne la font} pas échouer",
    "check.warnings/after": "{warnings:plural:avertissement ne la fait|avertissements ne la font} pas échouer",
    "refusal.version": "{version} (commit {commit}) : non publiée, {count:plural:problème|problèmes} :",
    "refusal.more": "… et {count} autres",
    "refusal.summary": "{count:plural:version datée refusée|versions datées refusées} par les vérifications : "
                       "corrigez-{count:form:la|les} dans un nouveau commit, ou inscrivez chaque commit dans {file} "
                       "comme jamais publié (seule solution pour une version suivie d'une version de date plus "
                       "récente)",
    # --- the page as a file ------------------------------------------------------------------------
    "source.symlink": "la page de la politique est un lien symbolique, ou se trouve dans un sous-module ou hors du "
                      "projet : la construction lit les fichiers tels que git les enregistre et ne suit jamais les "
                      "liens ; placez ici la page elle-même",
    "source.symlink/words": "la liste de mots est un lien symbolique, ou se trouve dans un sous-module ou hors du "
                            "projet : les vérifications et la construction lisent le fichier tel que git "
                            "l'enregistre et ne suivent jamais les liens ; placez ici la liste elle-même",
    "source.symlink/record": "le registre de traduction est un lien symbolique, ou se trouve dans un sous-module ou "
                             "hors du projet : les vérifications lisent le fichier tel que git l'enregistre et ne "
                             "suivent jamais les liens ; placez ici le fichier lui-même",
    "source.lfs": "la page est un pointeur Git LFS, non le texte : git conserve le texte hors du dépôt (une ligne "
                  "`filter=lfs` du fichier .gitattributes) et la construction lit ce que git enregistre ; sortez la "
                  "politique de LFS (`git lfs untrack`, `git add --renormalize docs`) et enregistrez le texte "
                  "lui-même dans un commit",
    "source.encoding": "la page n'est pas en UTF-8 (octet n° {offset}) : enregistrez-la en UTF-8",
    "source.unpublished-file": "seuls les pages, la liste de mots et les registres de traduction sont publiés depuis "
                               "{folder}/ : ce fichier serait publié sans avoir été vérifié ; supprimez-le",
    # --- dates and front matter -------------------------------------------------------------------
    "frontmatter.date-missing": "l'en-tête de la page n'indique pas de date : ajoutez date: AAAA-MM-JJ, la date "
                                "d'entrée en vigueur de cette version",
    "frontmatter.date-invalid": "la date « {value} » n'est pas une date ISO valide (AAAA-MM-JJ, par exemple "
                                "2021-02-17)",
    "frontmatter.date-invalid/year": "la date {date} n'est pas comprise entre {first} et {last} : écrivez l'année "
                                     "en entier (AAAA-MM-JJ, par exemple 2021-02-17)",
    "frontmatter.announced-after": "la date d'annonce (announced:) {announced} est postérieure à la date d'entrée en "
                                   "vigueur de la version, le {date}",
    "frontmatter.date-future": "la date {date} est dans le futur " + _UTC + " : pour publier la version à l'avance, "
                               "ajoutez announced: {today} (une modification substantielle exige un préavis de "
                               "{notice_days:plural:jour|jours}) ; sinon, datez-la du jour de sa publication",
    "frontmatter.announced-far": "la date {date} est postérieure de {days:plural:jour|jours} à l'annonce du "
                                 "{announced} : une fois cette version publiée, aucune version de date antérieure ne "
                                 "pourrait lui succéder, et chaque page l'annoncerait jusque-là ; une version "
                                 "s'annonce au plus un an au-delà de son préavis ({furthest}) : l'année est-elle "
                                 "erronée ?",
    "frontmatter.announced-far/today": "la date {date} est postérieure de {days:plural:jour|jours} à aujourd'hui, le "
                                       "{today} : une fois cette version publiée, aucune version de date antérieure "
                                       "ne pourrait lui succéder, et chaque page l'annoncerait jusque-là ; une "
                                       "version s'annonce au plus un an au-delà de son préavis ({furthest}) : "
                                       "l'année est-elle erronée ?",
    "frontmatter.notice": "la date {date} n'est postérieure que de {days:plural:jour|jours} à l'annonce du "
                          "{announced} : une modification substantielle exige un préavis de "
                          "{notice_days:plural:jour|jours} ; datez-la du {earliest} ou plus tard (ou indiquez "
                          "`change: editorial` si elle ne modifie les droits de personne)",
    "frontmatter.notice/published-late": "la date d'annonce (announced:) {announced} est antérieure à aujourd'hui, "
                                         "le {today}, jour où la version serait publiée pour la première fois : la "
                                         "page, l'historique et le flux diraient que les lecteurs en ont été "
                                         "informés le {announced} ; écrivez announced: {today}",
    "frontmatter.notice/first": "la date {date} n'est postérieure que de {days:plural:jour|jours} à aujourd'hui, le "
                                "{today}, jour où la version serait publiée pour la première fois : une modification "
                                "substantielle exige un préavis de {notice_days:plural:jour|jours} ; datez-la du "
                                "{earliest} ou plus tard",
    "frontmatter.change": "change: « {change} » n'est ni material (modification substantielle) ni editorial "
                          "(modification rédactionnelle)",
    "frontmatter.announced-invalid": "la date d'annonce « {value} » n'est pas une date ISO valide (AAAA-MM-JJ)",
    "frontmatter.announced-future": "la date d'annonce (announced:) {announced} est dans le futur " + _UTC
                                    + " : c'est le jour où la version est publiée",
    "sync.notice": "{key}: la page en {source:language} indique {value}, la page en {translation:language} "
                   "{other} ; seule compte la page en {source:language} : supprimez le champ ou donnez-lui la même "
                   "valeur",
    "sync.notice/none": "{key}: la page en {source:language} ne l'indique pas, la page en {translation:language} "
                        "indique {other} ; seule compte la page en {source:language} : supprimez le champ ou donnez-"
                        "lui la même valeur",
    "structure.date-stated": "« {sentence} » indique une autre date que celle de cette version ({date}) : la page "
                             "afficherait les deux ; écrivez ici la date de la version, ou supprimez la ligne (le "
                             "site écrit lui-même la date sous le titre)",
    # --- spelling ---------------------------------------------------------------------------------
    "spelling.no-dictionary/none": "l'orthographe n'est pas vérifiée : il n'existe pas de dictionnaire pour "
                                   "« {code} »",
}
