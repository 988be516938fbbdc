"""Les messages en français : mêmes clés et mêmes champs que le catalogue anglais (en.py), rédigés pour l'équipe
juridique qui relit la politique."""
from __future__ import annotations

_UTC = "(nous sommes le {today:date} en UTC, la date de référence de toutes les machines et du site)"
_ZONE = ("(nous sommes le {today:date} dans le fuseau horaire de l'entreprise, {zone}, celui dont le site suit "
         "les jours)")
_AFTER = "{after:else:place.numbering-start}"  # la section précédente, ou le début de la numérotation

MESSAGES: dict[str, str] = {
    "word.or": " ou ",
    "place.title": "titre",
    "place.preamble": "préambule",
    "place.front-matter": "champ {key} de l'en-tête",
    "section.quoted": "« {title} »",
    "section.untitled": "la section sans titre de la ligne {line}",
    "section.untitled/unplaced": "une section sans titre",
    "section.titled": "{label} « {title} »",
    "place.tooltip": "{where} (infobulle)",
    "word.blank": "(vide)",
    "word.none": "aucun",
    # un ordinal ({n:ordinal}), selon la catégorie ordinale CLDR du nombre en français : 1er, 2e
    "word.ordinal/one": "{n}er",
    "word.ordinal/two": "{n}e",  # (les catégories de l'anglais, que le français n'a pas : jamais dites)
    "word.ordinal/few": "{n}e",
    "word.ordinal/other": "{n}e",
    # --- how `policy check` and the refusals frame the findings ------------------------------------
    "finding.warning": "avertissement : ",
    "check.errors": "{errors:plural:problème fait|problèmes font} échouer la vérification",
    "check.warnings": "{warnings:plural:avertissement, qui ne fait|avertissements, qui ne font} pas échouer la "
                      "vérification",
    "check.warnings/after": "{warnings:plural:avertissement ne la fait|avertissements ne la font} pas échouer",
    "check.clean": "aucun problème : chaque texte passe la vérification",
    "check.join": " ; ",
    "refusal.version": "{version} (commit {commit}) : non publiée, {count:plural:problème|problèmes} :",
    "refusal.more": "… et {count:number} {count:form:autre|autres}",
    "refusal.summary": "{count:plural:version datée refusée|versions datées refusées} par les vérifications : "
                       "corrigez-{count:form:la|les} dans un nouveau commit, ou inscrivez {count:form:son "
                       "commit|chaque commit} dans {file} comme jamais publié (seule solution pour une version suivie "
                       "d'une version de date plus récente)",
    # --- the page as a file ------------------------------------------------------------------------
    "source.not-a-file": "la page de la politique n'est pas un fichier (un dossier, un FIFO, un périphérique) : placez "
                         "ici la page elle-même",
    "source.not-a-file/stray": "pas un fichier (un FIFO, un socket, un périphérique) parmi les textes de {folder}/ : "
                               "git ne peut l'enregistrer, et une construction ou un aperçu qui le lirait attendrait "
                               "sans fin ; supprimez-le",
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
    "source.encoding": "la page n'est pas en UTF-8 (octet n° {offset:number}) : enregistrez-la en UTF-8",
    "source.encoding/file": "{path}:{line} : pas en UTF-8 (octet n° {offset:number}) : enregistrez le fichier en UTF-8",
    "source.encoding/utf16": "la page est enregistrée en UTF-16 (le « Unicode » de Word ou du Bloc-notes) : "
                             "enregistrez-la en UTF-8",
    "source.encoding/file-utf16": "{path}:{line} : enregistré en UTF-16 (le « Unicode » de Word ou du Bloc-notes) : "
                                  "enregistrez le fichier en UTF-8",
    "source.unpublished-file": "seuls les pages, la liste de mots et les registres de traduction sont publiés depuis "
                               "{folder}/ : ce fichier serait publié sans avoir été vérifié ; supprimez-le",
    "source.path-leaving": "{name} : dans le commit {commit}, un chemin qui sort du dossier du projet (un arbre que "
                           "git n'extrairait pas, fait à la main) : rien n'est construit à partir de ce commit",
    "source.archive-commit": "{commit} est un commit de l'archive publiée (ses relevés de publication), non de la "
                             "politique : extrayez la branche de la politique (`git checkout main`) et relancez la "
                             "commande",
    "source.no-configuration/below": "mkdocs.yml n'est pas dans le commit {commit} dans le dossier du projet, mais "
                                     "{count:form:un dossier|des dossiers} en dessous en {count:form:contient|"
                                     "contiennent} un ({folders:each:, }{more}) : le site est là ; lancez policy "
                                     "depuis ce dossier, ou nommez-le (`policy --root {root} …`)",
    "source.no-configuration": "mkdocs.yml n'est pas dans le commit {commit} : commitez d'abord la configuration du "
                               "projet",
    "source.python-code": "{names} : du code Python dans le commit {commit}, dans un dossier que la construction lit "
                          "(celui du thème, celui des polices) ; seuls les hooks que nomme la configuration "
                          "s'exécutent, depuis leur source : {count:form:retirez-le|retirez-les}",
    "source.links": "{names} : {count:form:un lien symbolique ou un sous-module|des liens symboliques ou des "
                    "sous-modules} dans le commit {commit} ; la construction lit les fichiers tels que git les "
                    "enregistre et ne suit jamais les liens : commitez {count:form:le fichier lui-même|les fichiers "
                    "eux-mêmes}",
    "source.outside": "{file} : {what} {path!r} est hors du projet",
    "source.control-character": "{file} : {what} {path!r} contient un caractère de contrôle : nommez un dossier du "
                                "projet",
    "source.linked-folder": "{name} est {what:said} dans le commit {commit} : la construction lit les fichiers tels "
                            "que git les enregistre et ne suit jamais les liens : commitez les fichiers eux-mêmes",
    "source.what/link": "un lien symbolique",
    "source.what/submodule": "un sous-module",
    "source.what/submodule-commit": "un sous-module (le commit d'un autre dépôt)",
    "source.symlink/at": "un lien symbolique ou un sous-module dans le commit {commit} : la construction lit les "
                         "fichiers tels que git les enregistre ; commitez le fichier lui-même",
    "source.symlink/kind": "{what:said} dans le commit {commit} : la construction lit les fichiers tels que git les "
                           "enregistre et ne suit jamais les liens ; commitez le fichier lui-même",
    "source.unpublished-file/at": "seul{count:form:|s} {pages} {count:form:est publié|sont publiés} depuis "
                                  "{folder}/ : ce fichier (dans le commit {commit}) serait publié sans avoir été "
                                  "vérifié ; supprimez-le",
    "source.missing/at": "la page en {code:language} n'existe pas dans le commit {commit}",
    "source.missing/because": "{why:said}",
    "source.missing/dropped": "n'existe pas dans le commit {commit} ({why:said})",
    "publish.dropped": "elle n'a pas de {pages}, que les versions précédentes ont : une traduction, une fois publiée, "
                       "fait partie de toutes les versions suivantes (rétablissez la page dans le commit de cette "
                       "version)",
    "publish.removed-under-date": "supprimée par le commit {removal} alors que la date de la version n'avait pas "
                                  "changé (le commit {before}, daté lui aussi du {version:date}, la contient) : la "
                                  "version avait cette traduction, et publiée sans elle, l'archive en serait privée "
                                  "pour toujours : inscrivez {removal} dans {file} (la version est alors publiée à "
                                  "partir du commit qui le précède, avec la page), ou, s'il s'agit de la version la "
                                  "plus récente, remettez la page dans un nouveau commit",
    "publish.nothing-linked": "rien à publier : {linked:each}",
    "git.not-a-repository": "{path} : n'est dans aucun dépôt git (aucun dossier .git à cet endroit ni au-dessus) : "
                            "lancez la commande dans un clone du dépôt, ou créez-en un (`git init`, puis commitez le "
                            "projet)",
    "git.environment-elsewhere": "{path} : {name} désigne {named}{there:opt:, et non %s} : git lirait ce dépôt-là "
                                 "tandis que la commande lit le projet d'ici, rien n'a donc été lu ni écrit ; retirez "
                                 "GIT_DIR et GIT_WORK_TREE, ou lancez la commande dans l'arbre de travail de ce dépôt "
                                 "(ou indiquez-le avec --root)",
    "git.environment-index": "{path} : GIT_INDEX_FILE désigne {named}, une autre zone de préparation (index) que "
                             "celle du dépôt : git y lirait les fichiers à enregistrer, et chaque page enregistrée "
                             "comme modifiée, rien n'a donc été lu ni écrit ; retirez GIT_INDEX_FILE",
    "git.environment-objects": "{path} : GIT_OBJECT_DIRECTORY désigne {named}, et non {there} : git chercherait les "
                               "commits du dépôt dans ce dossier, rien n'a donc été lu ni écrit ; retirez "
                               "GIT_OBJECT_DIRECTORY",
    "git.failed": "échec de git {command} : {detail}",
    "git.no-commit-written": "git fast-import n'a écrit aucun commit",
    "git.tree-into": "arbre git {rev} dans {dest} : {error:said}",
    "git.tree-outside": "{path} : un chemin qui sort du dossier",
    "git.tree-through-link": "{path} : dans {inside}, un lien symbolique",
    "git.tree-link/outside": "{path} : un lien symbolique vers {link}, hors du dossier",
    "git.tree-link/loop": "{path} : un lien symbolique vers {link}, dans une boucle de liens",
    "git.unreadable": "{path} : git refuse de lire ce dépôt, rien n'a donc été lu ni écrit : corrigez ce que git "
                      "signale, puis relancez la commande ({command} : {detail})",
    "git.unsafe-owner": "{path} : git refuse de lire ce dépôt, qui appartient à {owner}, un autre utilisateur que "
                        "celui qui lance la commande, rien n'a donc été lu ni écrit : sous l'utilisateur qui lance la "
                        "commande, dites à git que ce dossier est sûr (`git config --global --add safe.directory "
                        "{path}` ; dans un conteneur de CI, à la première étape du job), ou lancez la commande en tant "
                        "que {owner} ; puis relancez-la",
    "git.lock-unwritable": "{path} : le verrou de la publication ne peut pas être écrit ({reason}) : la publication "
                           "écrit dans le dossier .git du dépôt ; lancez-la sous un utilisateur autorisé à y écrire",
    "git.lock-unwritable/read-only": "{path} : le verrou de la publication ne peut pas être écrit : le dépôt est "
                                     "sur un système de fichiers en lecture seule (un montage en lecture seule, un "
                                     "volume ou un cache monté ainsi), où aucun utilisateur ne peut écrire, et la "
                                     "publication écrit dans son dossier .git : montez-le en lecture-écriture, ou "
                                     "publiez depuis un clone sur un disque accessible en écriture ; rien n'a été "
                                     "publié",
    "git.lock-held": "{path} : un autre processus détient encore le verrou après {seconds:number} s",
    "git.ref-moved": "{ref} n'est plus sur le commit {old} : {error}",
    "git.ref-moved/created": "{ref} existe désormais : {error}",
    "git.add-nothing": "{path} : ni son contenu ni l'identifiant de son objet (blob) n'ont été donnés",
    "git.blob-unknown": "{path} : l'objet {sha} est inconnu et aucun contenu n'a été donné",
    # --- les incohérences du programme lui-même : dites quand même, dans la langue de l'utilisateur -------------
    "archive.needs-version": "une page « {kind} » se construit pour une version datée : donnez sa date",
    "archive.needs-translation": "une page côte à côte se construit pour une version d'une traduction",
    "archive.needs-release": "une page de modifications se construit pour une version publiée",
    "assets.list-invalid": "ce n'est pas une liste de fichiers et de leurs empreintes",
    "declare.no-policy": "mkdocs.yml n'a pas de réglages du site (une rubrique `extra.policy`)",
    "redline.ops-mismatch": "les modifications ne s'appliquent pas à l'ancien texte : {expected} attendu à son "
                            "élément {at}",
    "redline.ops-left": "les modifications laissent {n:plural:élément|éléments} de l'ancien texte sans correspondance",
    "spelling.no-dictionary/suggest": "pas de dictionnaire orthographique pour « {code} » : aucune correction ne peut "
                                      "être suggérée",
    "publish.diverged": "{branch} a divergé de {remote}/{branch} (chacune a des commits que l'autre n'a pas) : "
                        "réconciliez-les d'abord : `git branch -f {branch} {remote}/{branch}` garde celle du dépôt "
                        "distant (`policy history` publie ensuite à nouveau toute version datée qui lui manque), ou "
                        "fusionnez-les (`git switch {branch} && git merge {remote}/{branch}`) ; puis lancez `policy "
                        "verify`",
    "publish.build-failed": "{version} : la construction à partir du commit {commit} a échoué : {error}",
    "publish.archive-build-failed": "les pages d'historique, de comparaison et du flux en {code:language} n'ont pas pu "
                                    "être construites, et rien n'a été publié : les textes ont passé leurs "
                                    "vérifications, et ce qui a arrêté la construction est dans la configuration ou "
                                    "le thème du site ({config}, overrides/) ; `policy check --configuration` nomme "
                                    "ce qu'il y trouve{details:each:}",
    "publish.previous-edited": "{version} : sa page des modifications la compare à la version {before}, dont le relevé "
                               "de publication nomme ({lang}) {path} au commit {commit}, un autre texte que celui "
                               "qu'il enregistre (son empreinte) : le relevé de publication a été modifié sur la "
                               "branche ; rien n'a été publié (`policy verify` nomme ce qui y a changé)",
    "publish.previous-missing": "{version} : sa page des modifications la compare à la version {before}, dont le "
                                "texte ({path} au commit {commit}) n'est pas dans ce clone : {advice:said}",
    "publish.previous-missing/published": "{version}, déjà publiée, est reconstruite à partir de son commit (pour "
                                          "vérifier ses pages sur la branche, ou les reconstruire) : sa page des "
                                          "modifications la compare à la version {before}, publiée à partir du commit "
                                          "{commit} ({path}), absent de ce clone : {advice:said}",
    "publish.previous-missing/shallow": "lancez d'abord `git fetch --unshallow` (sur GitHub Actions : "
                                        "`fetch-depth: 0` dans actions/checkout)",
    "publish.previous-missing/gone": "le commit qui a servi à la publier n'est plus dans l'historique (une branche "
                                     "écrasée ou réécrite depuis), et ce texte ne se trouve dans aucun autre commit : "
                                     "récupérez le commit depuis un clone qui l'a encore (`git fetch <ce clone> "
                                     "{commit}`)",
    "publish.previous-missing/unfetched": "{before} a été publiée depuis un autre clone ({remote}/{branch} la "
                                          "contient, la branche locale {branch} non) et son commit n'est pas "
                                          "récupéré : `git fetch {remote}` le récupère si ce clone a poussé sa "
                                          "branche {head} (puis `git merge {remote}/{head}`), puis relancez la "
                                          "commande ; sinon récupérez-le de ce clone (`git fetch <ce clone> "
                                          "{commit}`)",
    "publish.previous-missing/unfetched/fetched": "{before} a été publiée depuis un autre clone et est arrivée ici "
                                                  "avec {remote}/{branch} (la branche locale {branch} y a été "
                                                  "déplacée depuis ; ce clone ne l'a jamais publiée) et son commit "
                                                  "n'est pas récupéré : `git fetch {remote}` le récupère si ce clone "
                                                  "a poussé sa branche {head} (puis `git merge {remote}/{head}`), "
                                                  "puis relancez la commande ; sinon récupérez-le de ce clone (`git "
                                                  "fetch <ce clone> {commit}`)",
    "publish.locked": "une autre publication est encore en cours : {error:said}",
    "publish.ref-locked": "{path} : git tient {branch} verrouillée (une commande git qui la déplace en ce moment, ou "
                          "une qui s'est arrêtée sans retirer son verrou : un plantage, une machine éteinte) ; rien "
                          "n'a été publié : quand aucune commande git ne tourne plus dans ce dépôt, supprimez ce "
                          "fichier et publiez de nouveau",
    "publish.the-policy": "la politique",
    "publish.links-overtaken": "{document:said} {version} renvoie à {page} comme en vigueur à sa date, {target} ; "
                               "{other:said} {in_force}, publiée depuis, est entrée en vigueur avant : {version} garde "
                               "ses liens (une version publiée ne change jamais ; une nouvelle version de celle-ci "
                               "renverrait au texte plus récent)",
    "publish.moved-meanwhile": "{branch} a changé pendant la publication (une autre publication ?) : la branche a été "
                               "laissée telle quelle ; relancez la commande ({error})",
    "publish.waiting": "attente de la fin d'une autre publication ({path})",
    "project.nothing-committed": "rien n'est encore commité : commitez d'abord le projet et sa politique",
    "build.linked": "{path} : un lien symbolique : l'aperçu serait écrit (et le dossier d'une langue vidé) là où il "
                    "pointe ; retirez le lien, ou construisez dans un dossier à lui (--site-dir)",
    "build.not-a-text": "{path} : un lien symbolique, ou pas un fichier, parmi les textes en {code:language} : une "
                        "construction lit les fichiers tels que git les enregistre et ne suit jamais un lien (un lien "
                        "vers /dev/zero se lit sans fin) ; placez-y le fichier lui-même, ou retirez-le",
    "build.not-a-folder": "{path} : existe et n'est pas un dossier : construisez dans un dossier à lui (--site-dir)",
    "build.holds-project": "{path} : contient le projet, son dépôt ou ses textes : construisez dans un dossier à lui "
                           "(--site-dir)",
    "build.in-sources": "{path} : dans {shown}, {what:said} : construisez dans un dossier à lui (--site-dir)",
    "build.source/texts": "les textes en {code:language} à partir desquels le site est construit",
    "build.source/git": "le dossier propre du dépôt",
    "build.source/tracked": "un dossier des fichiers propres du projet, que git suit",
    "build.stopped": "la construction s'est arrêtée à {count:plural:problème|problèmes} (une construction stricte) ; "
                     "rien n'a été écrit dans {path} :\n  {findings:each:\n  }",
    "build.refused/warning": "{code:language} ({code}) : {message}",
    "build.refused/failed": "{code:language} ({code}) : les pages n'ont pas pu être construites, et la construction "
                            "n'a nommé aucune ligne du texte : ce qui l'a arrêtée est dans la configuration ou le "
                            "thème du site ({config}, overrides/) ; `policy check --configuration` nomme ce qu'il y "
                            "trouve{detail}",
    "build.mkdocs-warning": "MkDocs a arrêté la construction stricte sur un avertissement que ses vérifications ne "
                            "font pas : `policy check` nomme ce qu'il trouve dans les textes et `policy check "
                            "--configuration` dans la configuration{detail}",
    "build.failed": "les pages en {code:language} n'ont pas pu être construites, et la construction n'a nommé aucune "
                    "ligne du texte : ce qui l'a arrêtée est dans la configuration ou le thème du site à ce commit "
                    "({config}, overrides/) ; `policy check --configuration` nomme ce qu'il y trouve{detail}",
    "build.warning/mkdocs": "la construction du site signale un problème dans le texte (le plus souvent un lien vers "
                            "une page, une section ou une image que le site n'a pas) : corrigez-le{detail}",
    "build.refused/output": "{code:language} ({code}) : {violation:said} (le contrôle de sortie)",
    "build.root-unrendered": "overrides/policy-redirect.html{line:opt:, ligne %s} : le modèle de la page racine du "
                             "site ne peut pas être rendu : corrigez-le{detail}",
    "build.root-missing": "overrides/policy-redirect.html, le modèle de la page racine du site, est absent : remettez "
                          "celui qu'a écrit `policy init`",
    "build.root-refused": "overrides/policy-redirect.html : la page racine du site qu'il écrit est refusée : "
                          "{violations:each}",
    "build.root-csp": "sa Content-Security-Policy n'est pas celle du site (n'autorisez que les fichiers du site et "
                      "les scripts du thème qu'il contient)",
    "schedule.late": "la tâche quotidienne (`cron: \"{cron}\"`, en UTC) s'exécute à {runs} dans le fuseau {zone}, "
                     "celui du site, et non peu après 00 h 00, quand une version entre en vigueur : `latest` ne "
                     "passe à la nouvelle version qu'à cette heure (un jour trop tard si la tâche s'exécute la veille "
                     "au soir) ; elle a été programmée pour un autre fuseau : `policy upgrade` la déplace à `{wanted}`",
    "schedule.late/own": "la tâche quotidienne (`cron: \"{cron}\"`, en UTC) s'exécute à {runs} dans le fuseau {zone}, "
                         "celui du site, et non peu après 00 h 00, quand une version entre en vigueur : `latest` ne "
                         "passe à la nouvelle version qu'à cette heure (un jour trop tard si la tâche s'exécute la "
                         "veille au soir) ; programmez-la peu après minuit : `{wanted}`",
    "published.dated-back": "{reason:said} ; et inscrivez {commit} dans {file} comme jamais publié : ce commit a daté "
                            "ce texte du {later:date}, une date jamais publiée, avant que sa date soit remise, et la "
                            "publication refuse une date qui recule tant que ce commit reste une version de "
                            "l'historique de la branche",
    "published.put-back": "ce texte est daté du {version:date}, mais {back} a remis sa date au {date:date}, une "
                          "version déjà publiée, après que {commit} l'avait daté du {later:date}, une date jamais "
                          "publiée : la publication refuse une date qui recule tant que {commit} reste une version "
                          "de l'historique de la branche ; inscrivez {commit} dans {file} comme jamais publié (la "
                          "date du {version:date} peut rester)",
    "published.changed": "ce texte est daté du {version:date}, une version que {branch} a publiée ; {reason:said}",
    "published.older": "ce texte est daté du {version:date}, avant le {newest:date}, la dernière version que "
                       "{branch} a publiée : une nouvelle version suit la dernière publiée, et `policy publish` "
                       "refuserait celle-ci ; datez-la après le {newest:date} (le {soonest:date} au plus tôt) dans "
                       "toutes les langues",
    "published.reverted": "ce texte est celui de la version publiée {version}, antérieure à {newer} : {advice:said}",
    "published.older/same": "ce texte est daté du {version:date}, avant le {newest:date}, la dernière version que "
                            "{branch} a publiée, dont il a le texte : une version publiée garde sa date (les adresses "
                            "de ses lecteurs, les jours où elle est en vigueur), et `policy publish` refuserait "
                            "celle-ci ; remettez `date: {newest}`, et il ne reste rien à publier",
    # --- dates and front matter -------------------------------------------------------------------
    "frontmatter.date-missing": "l'en-tête de la page n'indique pas de date : ajoutez date: AAAA-MM-JJ, la date "
                                "d'entrée en vigueur de cette version",
    "frontmatter.date-invalid": "la date « {value} » n'est pas une date écrite AAAA-MM-JJ (année, mois, jour, par "
                                "exemple 2021-02-17)",
    "frontmatter.date-invalid/day": "la date « {value} » n'existe pas : {month:month} compte {days:number} jours (le "
                                    "dernier est le {last:iso})",
    "frontmatter.date-invalid/year": "la date {date:iso} n'est pas comprise entre {first} et {last} : écrivez l'année "
                                     "en entier (AAAA-MM-JJ, par exemple 2021-02-17)",
    "frontmatter.announced-after": "la date d'annonce (announced:) {announced:iso} est postérieure à la date d'entrée "
                                   "en vigueur de la version, le {date:date}",
    "frontmatter.date-future": "la date {date:iso} est dans le futur " + _UTC + " : pour publier la version à "
                               "l'avance, ajoutez announced: {today:iso} (une modification substantielle exige un "
                               "préavis de {notice_days:plural:jour|jours}) ; sinon, datez-la du jour de sa "
                               "publication",
    "frontmatter.date-future/zone": "la date {date:iso} est dans le futur " + _ZONE + " : pour publier la version à "
                                    "l'avance, ajoutez announced: {today:iso} (une modification substantielle exige un "
                                    "préavis de {notice_days:plural:jour|jours}) ; sinon, datez-la du jour de sa "
                                    "publication",
    "frontmatter.announced-far": "la date {date:iso} est postérieure de {days:plural:jour|jours} à l'annonce du "
                                 "{announced:iso} : une fois cette version publiée, aucune version de date antérieure "
                                 "ne pourrait lui succéder, et chaque page l'annoncerait jusque-là ; une version "
                                 "s'annonce au plus un an au-delà de son préavis ({furthest:date}) : l'année est-elle "
                                 "erronée ?",
    "frontmatter.announced-far/today": "la date {date:iso} est postérieure de {days:plural:jour|jours} à aujourd'hui, "
                                       "le {today:date} : une fois cette version publiée, aucune version de date "
                                       "antérieure ne pourrait lui succéder, et chaque page l'annoncerait jusque-là ; "
                                       "une version s'annonce au plus un an au-delà de son préavis ({furthest:date}) : "
                                       "l'année est-elle erronée ?",
    "frontmatter.notice": "la date {date:iso} n'est postérieure que de {days:plural:jour|jours} à l'annonce du "
                          "{announced:iso} : une modification substantielle exige un préavis de "
                          "{notice_days:plural:jour|jours} ; datez-la du {earliest:date} ou plus tard (ou indiquez "
                          "`change: editorial` si elle ne modifie les droits de personne)",
    "frontmatter.notice/published-late": "la date d'annonce (announced:) {announced:iso} est antérieure à aujourd'hui, "
                                         "le {today:date}, jour où la version serait publiée pour la première fois : "
                                         "la page, l'historique et le flux diraient que les lecteurs en ont été "
                                         "informés le {announced:date} ; écrivez announced: {today:iso}",
    "frontmatter.notice/first": "la date {date:iso} n'est postérieure que de {days:plural:jour|jours} à aujourd'hui, "
                                "le {today:date}, jour où la version serait publiée pour la première fois : une "
                                "modification substantielle exige un préavis de {notice_days:plural:jour|jours} ; "
                                "datez-la du {earliest:date} ou plus tard",
    "frontmatter.no-notice": "la date {date:iso} est aujourd'hui ou passée, sans announced:, et le texte modifie "
                             "celui de la version {before}, en vigueur : publiée, cette modification substantielle "
                             "entre en vigueur le jour même de sa publication, sans préavis ; annoncez-la "
                             "{notice_days:plural:jour|jours} à l'avance (datez-la du {earliest:date} ou plus tard, "
                             "avec announced: et le jour de sa publication), ou indiquez `change: editorial` si elle "
                             "ne modifie les droits de personne",
    "frontmatter.change": "change: « {change} » n'est ni material (modification substantielle) ni editorial "
                          "(modification rédactionnelle)",
    "frontmatter.announced-invalid": "la date d'annonce « {value} » n'est pas une date écrite AAAA-MM-JJ (année, "
                                     "mois, jour), ou n'existe pas",
    "frontmatter.announced-future": "la date d'annonce (announced:) {announced:iso} est dans le futur " + _UTC
                                    + " : c'est le jour où la version est publiée",
    "frontmatter.announced-future/zone": "la date d'annonce (announced:) {announced:iso} est dans le futur " + _ZONE
                                         + " : c'est le jour où la version est publiée",
    "sync.notice": "{key}: la page en {source:language} indique {value}, la page en {translation:language} "
                   "indique {other} ; seule compte la page en {source:language} : supprimez le champ ou "
                   "donnez-lui la même valeur",
    "sync.notice/none": "{key}: la page en {source:language} ne l'indique pas, la page en {translation:language} "
                        "indique {other} ; seule compte la page en {source:language} : supprimez le champ ou donnez-"
                        "lui la même valeur",
    "structure.date-stated": "« {sentence} » indique une autre date que celle de cette version ({date}) : la page "
                             "afficherait les deux ; écrivez ici la date de la version, ou supprimez la ligne (le "
                             "site écrit lui-même la date sous le titre)",
    "structure.date-stated/notice": "« {sentence} » est écrit comme l'avis du site sur le statut ou la date d'une "
                                    "version, et en indique d'autres que ceux de cette version ({date}) : un lecteur "
                                    "le prend pour celui de l'archive ; supprimez-le (le site indique lui-même le "
                                    "statut et la date de chaque version)",
    "structure.date-stated/later": "« {sentence} » dit la date du texte lui-même, une autre que celle de cette "
                                   "version ({date}) : la page afficherait les deux, celle de la version sous le titre "
                                   "et celle-ci dans le texte ; écrivez ici la date de la version, ou supprimez la "
                                   "ligne (le site écrit lui-même la date sous le titre)",
    "structure.date-stated/meta": "{key} : « {sentence} » indique une autre date que celle de cette version ({date}) : "
                                  "le site l'affiche à côté de la date de la version (le résumé sous le titre, dans "
                                  "l'historique et le flux ; la description pour les moteurs de recherche) ; écrivez-y "
                                  "la date de la version, ou retirez-en la date",
    # --- headings and numbering -------------------------------------------------------------------
    "structure.title": "la page n'a pas de titre : les lecteurs, les moteurs de recherche et les lecteurs d'écran ne "
                       "verraient au-dessus d'elle que le nom du site ; écrivez-le comme premier titre : `# Titre`",
    "structure.title-apart": "le champ d'en-tête title « {title} » n'est pas le titre de la page, « {heading} » : "
                             "l'onglet du navigateur, l'en-tête et le menu l'afficheraient comme titre de la page, "
                             "alors que le texte, son PDF et son comparatif ont pour titre le titre `# ` ; "
                             "supprimez-le (le titre `# ` est le titre)",
    "structure.document-title": "extra.policy.documents : {id} a pour titre « {title} » en {lang:language}, qui "
                                "n'est pas le titre de sa page, « {heading} » : la page d'accueil le liste sous ce "
                                "titre, liant son texte, un lecteur cherchant un autre document mené à celui-ci ; "
                                "donnez-lui le titre de sa page, ou certains de ses mots",
    "structure.unnumbered-heading": "le titre « {heading} » n'a pas de numéro de section, contrairement aux autres : "
                                    "faites-le commencer par son numéro, par exemple « {example} {plain} », ou "
                                    "donnez-lui un identifiant : « {heading} {{#un-identifiant}} »",
    "structure.ids-changed": "{count:number} sections de la version précédente ({version}), publiées avec leur numéro "
                             "pour identifiant (#{old} → #{new} …), prendraient celui de leur titre : "
                             "{numbered:number} des {total:number} titres ont un numéro désormais, moins de la "
                             "moitié, et le texte n'est plus tenu pour numéroté ; les liens des lecteurs et le "
                             "sélecteur de versions aboutiraient ailleurs. Numérotez les titres qui n'en ont pas (« "
                             "{example} »), ou redonnez à chaque section son identifiant dans son titre (« {heading} "
                             "{{#{old}}} »)",
    "structure.ids-changed/numbered": "{count:number} sections de la version précédente ({version}), publiées avec "
                                      "leur titre pour identifiant (#{old} → #{new} …), prendraient leur numéro : "
                                      "{numbered:number} des {total:number} titres ont un numéro désormais, la moitié "
                                      "ou plus, et le texte est tenu pour numéroté ; les liens des lecteurs et le "
                                      "sélecteur de versions aboutiraient ailleurs. Numérotez tous les titres, ou "
                                      "retirez-en les numéros (ou redonnez à chaque section son identifiant dans son "
                                      "titre : « {heading} {{#{old}}} »)",
    "structure.ids-edge": "{numbered:number} des {total:number} titres ont un numéro, exactement la moitié : le texte "
                          "est encore tenu pour numéroté, mais un titre de plus sans numéro ferait prendre à ses "
                          "{count:number} sections numérotées l'identifiant de leur titre (#{old} → #{new} …), et les "
                          "liens des lecteurs comme le sélecteur de versions aboutiraient ailleurs. Numérotez les "
                          "titres qui n'en ont pas (« {example} »)",
    "structure.ids-edge/plain": "{numbered:number} des {total:number} titres ont un numéro, un de moins que la "
                                "moitié : le texte n'est pas tenu pour numéroté, mais un titre numéroté de plus "
                                "ferait prendre à ses {count:number} sections numérotées leur numéro pour identifiant "
                                "(#{old} → #{new} …), et les liens des lecteurs comme le sélecteur de versions "
                                "aboutiraient ailleurs. Retirez les numéros des titres, ou donnez à chaque section "
                                "son identifiant dans son titre (« {example} {{#{old}}} »)",
    "structure.id-repeated": "{where} : l'identifiant « {id} » est déjà employé par un autre titre",
    "structure.heading-in-item": "le titre « {heading} » est écrit dans un élément de liste (après « {marker} ») : "
                                 "la page le montre dans une puce ou numéroté par la liste : retirez « {marker} » et "
                                 "le retrait des lignes en dessous",
    "structure.number-repeated": "{section} reprend le numéro de la section de la ligne {first} : "
                                 "renumérotez l'une des deux (chaque numéro est l'adresse de sa section, #s…)",
    "structure.number-skipped": "{section} suit " + _AFTER + " : il manque {missing} : renumérotez-la, ou ajoutez "
                                "la section manquante",
    "structure.number-skipped/expected": "{section} ne peut pas suivre " + _AFTER + " : numéro attendu parmi {allowed}",
    "structure.number-order": "{section} vient après " + _AFTER + " : les numéros doivent se suivre dans l'ordre "
                              "croissant",
    "structure.level": "{where} est un numéro de niveau {depth:number}, mais son titre compte {level} # : écrivez "
                       "{hashes} {number}",
    "place.numbering-start": "le début de la numérotation",
    "structure.bold-heading": "« {text} » est un paragraphe en gras, et non un titre : aucune section n'y commence "
                              "(le lien vers son numéro ne mène nulle part, et une modification de son texte apparaît "
                              "comme une modification de la section {where}) : écrivez-le comme un titre, "
                              "`{heading}`",
    "structure.bold-heading/preamble": "« {text} » est un paragraphe en gras, et non un titre : aucune section n'y "
                                       "commence (le lien vers son numéro ne mène nulle part, et une modification de "
                                       "son texte apparaît comme une modification du titre et de l'introduction) : "
                                       "écrivez-le comme un titre, `{heading}`",
    "render.structure/deep": "des balises HTML s'ouvrent les unes dans les autres sur {deepest:number} niveaux (plus "
                             "de {most:number}) : aucune politique ne les imbrique ainsi, et les vérifications comme "
                             "le moteur de rendu du site y passeraient plusieurs minutes ; le texte n'a pas été lu : "
                             "écrivez-le avec moins de balises",
    # --- the page's text and front matter ---------------------------------------------------------
    "text.size": "la page compte {size:number} caractères, au-delà de la limite de {most:number} : aucune politique "
                 "n'est aussi longue ; elle n'a pas été lue",
    "text.control": "un caractère de contrôle ou non-caractère (U+{code}) à la colonne {column} : aucun texte n'en a "
                    "besoin ; supprimez-le (un éditeur peut l'afficher)",
    "text.control/run": "{count:plural:caractère qui n'affiche|caractères qui n'affichent} rien (U+{code} …) à la "
                        "colonne {column} : des mots peuvent s'y dissimuler, qu'aucun lecteur ne voit mais que les "
                        "machines lisent ; supprimez-{count:form:le|les} (un éditeur peut "
                        "{count:form:l'afficher|les afficher})",
    "text.control/stray": "{count:plural:caractère qui n'affiche|caractères qui n'affichent} rien (U+{code} …) à "
                          "partir de la colonne {column}, là où aucune écriture n'en a besoin : des mots peuvent s'y "
                          "dissimuler, qu'aucun lecteur ne voit mais que les machines lisent ; "
                          "supprimez-{count:form:le|les} (un éditeur peut {count:form:l'afficher|les afficher})",
    "text.control/reference": "« {reference} », à la colonne {column}, est un caractère de contrôle ou non-caractère "
                              "(U+{code}) écrit sous forme de référence : aucun texte n'en a besoin ; écrivez le "
                              "caractère voulu, ou supprimez-le",
    "text.conflict": "« {marker} » est un marqueur laissé par une fusion que git n'a pas pu réaliser : le texte "
                     "contient les deux versions en conflit ; gardez le texte voulu et supprimez les marqueurs "
                     "(`<<<<<<<`, `=======`, `>>>>>>>`)",
    "text.conflict/words": "« {marker} » est un marqueur laissé par une fusion que git n'a pas pu réaliser : la liste "
                           "contient les entrées des deux versions ; gardez celles des deux (chacune une fois) et "
                           "supprimez les marqueurs (`<<<<<<<`, `=======`, `>>>>>>>`)",
    "text.control/front-matter": "`{key}` contient un caractère de contrôle (U+{code}), écrit sous forme d'échappement "
                                 "(une barre oblique inverse suivie d'un code) : aucun texte n'en a besoin ; "
                                 "supprimez-le",
    "text.control/hidden": "`{key}` contient des caractères qui n'affichent rien (U+{code} …), écrits sous forme "
                           "d'échappements (une barre oblique inverse suivie d'un code) : des mots peuvent s'y "
                           "dissimuler ; supprimez-les",
    "frontmatter.missing": "la page n'a pas d'en-tête (front matter) : commencez-la par ---, date: AAAA-MM-JJ, ---",
    "frontmatter.yaml": "l'en-tête ne peut pas être lu : {problem}",
    "frontmatter.yaml/quote": "l'en-tête ne peut pas être lu ({problem}) : une valeur qui contient « : » ou « # », ou "
                              "qui commence par [ {{ \" ' * & ! | > % @ `, s'écrit entre guillemets droits doubles "
                              "(summary: \"…\", un guillemet à l'intérieur s'écrivant \\\")",
    "frontmatter.yaml/size": "l'en-tête dépasse {most:number} octets : il ne doit contenir que la date et quelques "
                             "champs courts",
    "frontmatter.yaml/mapping": "l'en-tête doit être une suite de champs tels que date: 2021-02-17",
    "frontmatter.key": "le champ d'en-tête « {key} » n'est pas de ceux qu'une page de politique indique ({keys}) : "
                       "écrivez-le {meant}:",
    "frontmatter.key/unknown": "le champ d'en-tête « {key} » n'est pas de ceux qu'une page de politique indique "
                               "({keys}) : supprimez-le",
    "frontmatter.key/plain": "le champ d'en-tête « {key} » doit être du texte simple",
    "frontmatter.markup": "le champ d'en-tête « {key} » s'affiche tel qu'il est écrit, Markdown et HTML compris : "
                          "« {markup} » afficherait ses balises ; rédigez-le en texte simple",
    # --- publishing -------------------------------------------------------------------------------
    "frontmatter.announced-repeated": "announced: {announced:iso} est la date d'annonce de {before}, la version "
                                      "précédente, et cette version-ci est publiée le jour de sa date ou après : "
                                      "l'historique et le flux enregistreraient une annonce du {announced:date} qui "
                                      "n'a jamais eu lieu ; supprimez announced:",
    "frontmatter.editorial-material": "change: editorial, mais cette version apprend aux lecteurs plus qu'une "
                                      "correction de forme, par rapport à la version du {before:date} : "
                                      "{places:each: ; }{more:said} ; une telle modification est substantielle : "
                                      "retirez `change: editorial` et annoncez-la {notice_days:plural:jour|jours} à "
                                      "l'avance (`announced:`), ou annulez cette partie",
    "frontmatter.editorial-material/carried": "change: editorial, comme dans la version du {before:date} (resté de sa "
                                              "correction ?), mais cette version apprend aux lecteurs plus qu'une "
                                              "correction de forme : {places:each: ; }{more:said} ; une telle "
                                              "modification est substantielle : retirez `change: editorial` et "
                                              "annoncez-la {notice_days:plural:jour|jours} à l'avance (`announced:`), "
                                              "ou annulez cette partie",
    "change.quoted": "« {words} »",
    "change.more": " (et {count:number} autres)",
    "change.section-added": "ligne {line} : section {section:said} ajoutée",
    "change.section-removed": "section {section:said} supprimée",
    "change.text-added": "ligne {line} : « {words} » ajouté",
    "change.text-removed": "dans la section de la ligne {line}, {count:form:texte supprimé|textes supprimés} : "
                           "{removed:each:, }{more:said}",
    "change.number": "ligne {line} : {was:each:, } remplacé par {now:each:, }",
    "change.number/added": "ligne {line} : {now:each:, } ajouté",
    "change.number/removed": "ligne {line} : {was:each:, } supprimé",
    "change.address": "ligne {line} : l'adresse {was:each:, } remplacée par {now:each:, }",
    "change.address/added": "ligne {line} : l'adresse {now:each:, } ajoutée",
    "change.address/removed": "ligne {line} : l'adresse {was:each:, } supprimée",
    "frontmatter.summary-repeated": "summary: est identique à celui de {before}, la version précédente, alors que "
                                    "cette version modifie le texte : l'historique, la page des modifications et le "
                                    "flux attribueraient à cette version les modifications de la précédente ; "
                                    "décrivez ce que change cette version, ou supprimez summary: (ils nommeront "
                                    "alors les sections modifiées)",
    "source.imported": "le texte en {lang:language} de {version} est inscrit dans {file} comme public avant le site, "
                       "mais {version} est postérieure à {latest}, la dernière version publiée : un texte nouveau "
                       "passe toutes les vérifications ; retirez son entrée de {file}",
    "history.order": "la version est datée du {version:date}, avant la version du {latest:date}, déjà publiée : sa "
                     "date doit suivre celle de la dernière version publiée (ce que l'archive indique comme en "
                     "vigueur, et les versions publiées depuis, ne changent jamais) ; inscrivez {commit} dans {file} "
                     "comme jamais publié (sa date reste dans l'historique de la branche), et donnez à son texte une "
                     "date postérieure au {latest:date} dans un nouveau commit s'il doit être publié",
    # --- a version the history refuses (a `Said` of history.py, the reason of the refusal's finding) ------------
    "history.superseded": "{reason:said}",
    "history.merged": "{reason:said}",
    "history.backdated": "{reason:said}",
    "refusal.superseded": "la version du {version:date} n'est pas encore entrée en vigueur et la branche porte après "
                          "elle une date plus récente, le {after:date} ({after_commit}) : si la version du "
                          "{version:date} a été redatée au {after:date} avant d'entrer en vigueur, inscrivez {commit} "
                          "dans {file} comme jamais publié ; si elle s'applique entre les deux (une modification en "
                          "deux temps), publiez-la d'abord depuis son commit (`git checkout {commit}`, `policy "
                          "publish`, puis revenez à la branche)",
    "refusal.merged": "le texte de {commit}, qui n'est atteint que par le {parent:ordinal} parent de la fusion "
                      "{merge} et qui est daté d'avant la version la plus récente, a pu être en vigueur sur cette "
                      "branche (fusionné dans une autre branche devenue ensuite celle-ci) comme n'être qu'un "
                      "brouillon de pull request : git ne permet pas de le savoir. S'il a été en vigueur, publiez-le "
                      "d'abord depuis son commit et poussez-le depuis celui-ci (`git checkout {commit}`, `policy "
                      "publish --push`, puis revenez à la branche : poussé plus tard depuis la branche, il serait "
                      "pris pour l'aperçu d'un brouillon) ; s'il ne l'a jamais été, inscrivez {commit} dans {file}",
    "refusal.unrelated": "le texte de {commit}, dans l'historique que la fusion {merge} a apporté sans commit commun "
                         "avec celui de cette branche (un ancien dépôt de la politique, fusionné avec "
                         "--allow-unrelated-histories), est daté d'avant la version la plus récente : une fois une "
                         "version postérieure publiée, il ne pourra plus l'être. Si les textes de cet historique ont "
                         "été en vigueur, faites-en celui de cette branche avant toute publication (ses commits parmi "
                         "les premiers parents de la branche : fusionnez cette branche dans celui-ci, et non "
                         "l'inverse) ; si celui-ci ne l'a jamais été, inscrivez {commit} dans {file}",
    "refusal.unrelated/subtree": "le texte de {commit}, dans l'historique que la fusion {merge} a apporté d'un autre "
                                 "dépôt, qui tenait la politique dans {path} (ajouté ici par git subtree), est daté "
                                 "d'avant la version la plus récente : une fois une version postérieure publiée, il ne "
                                 "pourra plus l'être. Si les textes de cet historique ont été en vigueur, importez-les "
                                 "avant toute publication (`policy import --git` depuis un clone de ce dépôt, en "
                                 "nommant son {path}) ; s'ils ne l'ont jamais été, inscrivez {commit} dans {file}",
    "refusal.backdated": "{commit} date {path} du {date:date}, avant le {later:date} du commit antérieur {earlier} : "
                         "la date de chaque texte doit suivre celles des textes qui le précèdent dans l'historique, "
                         "faute de quoi le texte qu'il a remplacé deviendrait la version la plus récente (ou "
                         "remplacerait la version du {date:date}, en vigueur entre-temps) ; datez-le d'une date "
                         "postérieure au {later:date}, ou inscrivez {commit} dans {file} comme jamais publié (ou "
                         "{earlier}, si la version du {later:date} n'a jamais été en vigueur).",
    # --- the translation against the authoritative text -------------------------------------------
    "sync.date": "le texte en {source:language} est daté du {source_date:date}, celui en {translation:language} du "
                 "{translation_date:date} : les deux textes d'une version portent sa date ; indiquez ici "
                 "`date: {source_date:iso}`, ou modifiez les deux",
    "sync.section-missing": "{section} figure dans le texte en {source:language} mais manque dans celui en "
                            "{translation:language} : traduisez-la ici",
    "sync.section-missing/shifted": "{section} figure dans le texte en {source:language} mais manque dans celui en "
                                    "{translation:language}, dont les sections suivantes ont un numéro "
                                    "de moins : son {there} correspond au {after} du texte en {source:language}, "
                                    "et ainsi de suite (leurs contenus se répondent ainsi, et non numéro pour "
                                    "numéro) : traduisez-la avant son {there}, et ajoutez un au numéro des sections "
                                    "suivantes",
    "sync.section-renumbered": "le {there} du texte en {translation:language} traduit le {section} du texte en "
                               "{source:language} (son relevé, .translated-from.yml, l'indique) : des sections ont "
                               "été ajoutées, scindées, déplacées ou supprimées dans le texte en {source:language} ; "
                               "numérotez-le {number}, comme le texte en {source:language} (son contenu est comparé à "
                               "celui de cette section)",
    "sync.section-missing/nth": "le {position:ordinal} titre, « {title} », figure dans le texte en {source:language} "
                                "mais manque dans celui en {translation:language} (le texte en {source:language} "
                                "compte {source_count:plural:titre|titres}, celui en {translation:language} "
                                "{translation_count:number}) : traduisez-le ici",
    "sync.section-extra": "{section} figure dans le texte en {translation:language} mais pas dans celui en "
                          "{source:language} : supprimez-la, ou ajoutez-la d'abord au texte en {source:language} (le "
                          "texte qui fait foi)",
    "sync.section-extra/shifted": "{section} figure dans le texte en {translation:language} mais pas dans celui en "
                                  "{source:language}, dont les sections suivantes ont un numéro de moins : le "
                                  "{after} du texte en {translation:language} correspond à son {there}, et ainsi de "
                                  "suite (leurs contenus se répondent ainsi, et non numéro pour numéro) : "
                                  "supprimez-la et retirez un au numéro des sections suivantes, ou ajoutez-la "
                                  "d'abord au texte en {source:language} (le texte qui fait foi)",
    "sync.section-extra/nth": "le {position:ordinal} titre, « {title} », figure dans le texte en "
                              "{translation:language} mais pas dans celui en {source:language} : supprimez-le, ou "
                              "ajoutez-le d'abord au texte en {source:language} (le texte qui fait foi)",
    "sync.section-level": "le {position:ordinal} titre, « {title} », est de niveau {level} dans le texte en "
                          "{translation:language} ; son équivalent, « {counterpart} », est de niveau "
                          "{counterpart_level} dans celui en {source:language}",
    "sync.section-order": "{section} vient après {before} dans le texte en {translation:language}, mais avant dans "
                          "celui en {source:language}",
    "sync.numbering": "le texte en {numbered:language} numérote ses titres ({first}), celui en {plain:language} "
                      "non : numérotez-les dans les deux textes ou dans aucun (l'identifiant d'une section est son "
                      "numéro dans un texte, son titre dans l'autre : aucune section n'est rapprochée de sa "
                      "traduction, et un lien vers #{anchor} n'aboutit que dans le texte en {numbered:language})",
    "sync.paragraphs": "{where} : le texte en {source:language} compte {source_count:plural:paragraphe|paragraphes}, "
                       "celui en {translation:language} {translation_count:number}",
    "sync.list-items": "{where} : le texte en {source:language} compte "
                       "{source_count:plural:élément de liste|éléments de liste}, celui en {translation:language} "
                       "{translation_count:number}",
    "sync.table-rows": "{where} : le texte en {source:language} compte "
                       "{source_count:plural:ligne de tableau|lignes de tableau}, celui en {translation:language} "
                       "{translation_count:number}",
    "sync.list-nesting": "{where} : l'élément de liste n° {item} est au niveau {source_level} dans le texte en "
                         "{source:language}, au niveau {translation_level} dans celui en {translation:language}",
    "sync.table-cells": "{where} : une ligne du tableau compte {source_cells:plural:cellule|cellules} dans le texte "
                        "en {source:language}, {translation_cells} dans celui en {translation:language}",
    "sync.links": "{where} : les cibles des liens diffèrent (texte en {source:language} : "
                  "{source_values:else:sync.none/link} ; texte en {translation:language} : "
                  "{translation_values:else:sync.none/link})",
    "sync.emails": "{where} : les adresses électroniques diffèrent (texte en {source:language} : "
                   "{source_values:else:sync.none/email} ; texte en {translation:language} : "
                   "{translation_values:else:sync.none/email})",
    "sync.phones": "{where} : les numéros de téléphone diffèrent (texte en {source:language} : "
                   "{source_values:else:sync.none/phone} ; texte en {translation:language} : "
                   "{translation_values:else:sync.none/phone})",
    "sync.dates": "{where} : les dates diffèrent (texte en {source:language} : {source_values:else:sync.none/date} ; "
                  "texte en {translation:language} : {translation_values:else:sync.none/date})",
    "sync.articles": "{where} : les références d'articles diffèrent (texte en {source:language} : "
                     "{source_values:else:sync.none/article} ; texte en {translation:language} : "
                     "{translation_values:else:sync.none/article})",
    "sync.numbers": "{where} : les nombres diffèrent (texte en {source:language} : "
                    "{source_values:else:sync.none/number} ; texte en {translation:language} : "
                    "{translation_values:else:sync.none/number})",
    "config.section-missing/version_section": "version_section: \"{number}\" ne désigne aucune section de {file} : "
                                              "la liste des versions datées de chaque version est placée sous le "
                                              "titre. Indiquez le numéro de la section voulue, ou \"\" pour garder "
                                              "la liste sous le titre",
    "config.section-missing/definitions_section": "definitions_section: \"{number}\" ne désigne aucune section de "
                                                  "{file} : aucun terme défini n'est comparé avec les traductions. "
                                                  "Indiquez le numéro de la section qui définit les termes ; si le "
                                                  "texte n'en a pas, retirez ce réglage",
    "sync.definitions-empty": "{section}, la section que mkdocs.yml désigne comme celle des définitions "
                              "(definitions_section: \"{number}\"), ne définit aucun terme en gras : aucun terme "
                              "défini n'est comparé avec les traductions. Si les définitions ont changé de numéro, "
                              "indiquez leur nouveau numéro dans definitions_section ; si le texte n'en a pas, "
                              "retirez ce réglage",
    "sync.none/link": "aucun lien",
    "sync.none/email": "aucune adresse",
    "sync.none/phone": "aucun numéro",
    "sync.none/date": "aucune date",
    "sync.none/article": "aucune référence",
    "sync.none/number": "aucun nombre",
    "sync.defined-terms": "{where} : le texte en {source:language} définit {source_count:plural:terme|termes} "
                          "({source_terms}), celui en {translation:language} {translation_count:number} "
                          "({translation_terms:list})",
    "sync.defined-term-use": "{where} : le texte en {source:language} emploie le terme défini « {source_term} », "
                             "celui en {translation:language} n'emploie jamais « {translation_term} »",
    "sync.record-missing": "{record} est absent à côté de {page} : une fois la traduction alignée sur le texte de "
                           "référence, lancez `policy sync-mark {lang} --all`",
    "sync.record-missing/unreadable": "{record} n'est pas un registre de traduction lisible : {problem} ; une fois la "
                                      "traduction alignée, `policy sync-mark LANGUE --all` le réécrit",
    "sync.record-missing/sections": "{record} n'est pas un registre de traduction : ses `sections` ne sont pas des "
                                    "lignes section: empreinte ; lancez `policy sync-mark` une fois la traduction "
                                    "alignée",
    "sync.outdated": "{where} : le texte en {source:language} a été modifié depuis le dernier alignement de la "
                     "traduction en {translation:language} ; mettez cette section à jour, ou lancez `policy "
                     "sync-mark {translation} {number}` si elle n'a pas à changer",
    "sync.outdated/moved": "{where} : le texte en {source:language} a changé l'ordre des paragraphes, éléments de "
                           "liste ou lignes de cette section depuis le dernier alignement de la traduction en "
                           "{translation:language}, sans en changer les mots ; remettez-les dans le même ordre ici, "
                           "ou lancez `policy sync-mark {translation} {number}` si l'ordre n'a pas à changer",
    # --- links and anchors ------------------------------------------------------------------------
    "links.renumbered": "le lien « {text} » mène à #{fragment}, désormais {now} ; dans la version précédente "
                        "({version}), il menait à {was}, devenue {moved} : faites-le pointer vers #{anchor} (et "
                        "corrigez le numéro qu'il montre)",
    "links.renumbered/gone": "le lien « {text} » mène à #{fragment}, qu'aucune section ne porte plus ; dans la "
                             "version précédente ({version}), il menait à {was}, devenue {moved} : faites-le pointer "
                             "vers #{anchor} (et corrigez le numéro qu'il montre)",
    "links.renamed": "le lien « {text} » mène à #{fragment}, l'identifiant du titre « {was} » dans la version "
                     "précédente ({version}), devenu « {now} » : la page garde #{fragment} comme alias, mais "
                     "faites-le pointer vers #{anchor}",
    "links.dead": "le lien « {text} » mène à #{fragment}, qu'aucune section ni aucun identifiant de cette page ne "
                  "porte : faites-le pointer vers l'une des sections de la page ({some}) ou vers un identifiant "
                  "défini dans un titre par {{#…}}, ou supprimez-le",
    "links.dead/no-section": "le lien « {text} » mène à #{fragment}, qu'aucune section ni aucun identifiant de cette "
                             "page ne porte ; la page n'a aucune section vers laquelle pointer : supprimez-le",
    "links.document": "le lien vers {page} ne désigne aucun document du site ({listed}) : un lien vers un autre "
                      "document utilise le nom de fichier de sa page, tel qu'indiqué dans la liste des documents du "
                      "site (`extra.policy.documents`)",
    "links.document/single": "le lien vers {page} ne mène à aucune page du site, qui ne publie que ce texte : "
                             "faites-le pointer vers une section de cette page (#s2), ou donnez l'adresse complète de "
                             "la page d'un autre site (https://…)",
    "links.document/anchor": "le lien vers {page}#{fragment} mène à une ancre que {page} n'a pas dans cette langue : "
                             "faites-le pointer vers l'une de ses sections (#s3, ou l'identifiant défini dans son "
                             "titre)",
    # --- editorial checks -------------------------------------------------------------------------
    "editorial.link-text": "{where:place} : {reason:said}",
    "editorial.link-target": "{where:place} : {reason:said}",
    "editorial.html": "{reason:said}",
    "place.code-block": "bloc de code",
    # --- why HTML in the text is refused (a `Said` of editorial.py: editorial.html's reason) ------------------------
    "html.unclosed-many": "{where:place} : {unclosed:number} « < » ne sont fermés par aucun « > » : écrivez « &lt; » "
                          "pour un « < » du texte, et fermez chaque balise",
    "html.script-link": "{where:place} : le lien vers « {link} » est refusé : une URL de script exécute du code dans "
                        "le navigateur du lecteur",
    "html.other-scheme": "{where:place} : le lien vers « {link} » est refusé : un lien mène à une adresse http(s)://, "
                         "mailto: ou tel:, à une ancre #… ou à une page de ce site (file:, search-ms:, intent:… "
                         "ouvrent d'autres programmes ou emplacements)",
    "html.script-text": "{where:place} : « {words} » est refusé : une URL de script exécute du code dans le "
                        "navigateur du lecteur",
    "html.comment": "{where:place} : un commentaire HTML écrit « <!--> » ou « <!---> », ou terminé par « --!> », est "
                    "lu autrement par les navigateurs : écrivez-le <!-- … -->",
    "html.attribute-class": "{where:place} : la liste d'attributs « {written} » attribue la classe {classes} : les "
                            "classes sont celles de la page, et celles du thème peuvent masquer, déplacer ou recouvrir "
                            "le texte ; le texte de la politique ne peut définir que des identifiants (#id)",
    "html.attribute-class/fetching": "{where:place} : la liste d'attributs « {written} » attribue la classe "
                                     "{classes} : le script du thème chargerait pour elle un script d'un autre site ; "
                                     "le texte de la politique ne peut définir que des identifiants (#id)",
    "html.attribute": "{where:place} : la liste d'attributs « {written} » définit {names} : le texte de la politique "
                      "ne peut définir que des identifiants (#id)",
    "html.not-a-tag": "{where:place} : « {written} » n'est pas une balise au sens de Markdown (un attribut sans "
                      "valeur après son =, un guillemet isolé) : les lecteurs la verraient comme du texte ; écrivez-la "
                      "sous la forme <span lang=\"fr\">",
    "html.not-a-tag/template": "{where:place} : « {written} » contient le code de modèle « {code} », que le serveur "
                               "de l'ancien site remplaçait, celui-ci ne le fait pas : Markdown n'y lit aucune balise, "
                               "et les lecteurs la verraient comme du texte ; écrivez ce que les lecteurs y voyaient "
                               "(l'adresse elle-même)",
    "html.script-tag": "{where:place} : « <{tag}> » est refusé : une URL de script exécute du code dans le navigateur "
                       "du lecteur",
    "html.tag-refused": "{where:place} : la balise <{tag}> est refusée dans la politique : {why:said}",
    "html.why/script": "elle exécute du code dans le navigateur du lecteur",
    "html.why/iframe": "elle intègre une autre page, ce qui adresse une requête à un autre site",
    "html.why/object": "elle intègre un contenu extérieur ou un module d'extension",
    "html.why/embed": "elle intègre un contenu extérieur ou un module d'extension",
    "html.why/style": "le CSS peut charger des ressources d'autres sites et modifier la présentation du texte "
                      "juridique",
    "html.why/form": "elle envoie ailleurs ce que saisissent les lecteurs",
    "html.tag-not-allowed": "{where:place} : la balise <{tag}> ne figure pas parmi les balises HTML autorisées "
                            "({allowed}) : écrivez en Markdown",
    "html.in": "{where:place} : {reason:said}",
    "html.shrunk": "<{tag}> à l'intérieur de <{outer}> : chacune affiche ses mots en plus petit que le texte qui "
                   "l'entoure, si bien que des mots pris dans plusieurs d'entre elles deviennent des petits caractères "
                   "qu'aucun lecteur ne voit ; un symbole ou un exposant n'en demande qu'une : écrivez ces mots comme "
                   "du texte",
    "html.shrunk/classed": "{tag} class=« {classes} »",
    "html.end-tag": "{where:place} : </{tag}> ferme un élément que le texte de la politique n'a pas ouvert, un élément "
                    "de la page elle-même, si bien que la suite du texte serait publiée en dehors de lui : "
                    "supprimez-la",
    "html.event-handler": "{where:place} : l'attribut de gestion d'événement {name}= sur <{tag}> est refusé : il "
                          "exécute du code dans le navigateur du lecteur",
    "html.attribute-not-allowed": "{where:place} : l'attribut {name}= n'est pas autorisé sur <{tag}> (attributs "
                                  "autorisés : {allowed})",
    "html.href-script": "{where:place} : <a href=\"{value}\"> est refusé : une URL de script exécute du code dans le "
                        "navigateur du lecteur",
    "html.href-scheme": "{where:place} : <a href=\"{value}\"> est refusé : un lien ne mène qu'à une adresse "
                        "http(s):// ou mailto:, ou à une ancre #…",
    "html.href-template": "{where:place} : <a href=\"{value}\"> mène au code de modèle « {code} », que le serveur "
                          "de l'ancien site remplaçait, celui-ci ne le fait pas : écrivez l'adresse vers laquelle les "
                          "lecteurs étaient envoyés (https://…, mailto:…)",
    "html.unclosed": "{where:place} : la balise <{tag}> n'est pas fermée dans ce paragraphe : fermez-la (</{tag}>) là "
                     "où elle se termine",
    "html.declaration": "{where:place} : <!{decl}> n'est pas autorisé dans la politique",
    "html.section": "{where:place} : <![{data}]> n'est pas autorisé dans la politique",
    "html.instruction": "{where:place} : <?{data}> n'est pas autorisé dans la politique",
    # --- why a link is refused (a `Said` of safety.py, the reason of editorial.link-text and link-target) ---------
    "safety.output": "{file} : {message:said}",
    "output.violation": "{file}{anchor:opt: (dans #%s)} : {message:said}",
    "output.refresh-text": "<meta http-equiv=refresh> sur une page de texte envoie chaque lecteur ailleurs (seule la "
                           "page racine du site redirige)",
    "output.escaped": "le texte de la page se termine hors de son article (une balise de fin comme </div> ou "
                      "</article> y a fermé les éléments de la page elle-même) : {after!r}",
    "output.charset": "la page déclare « {charset} » comme encodage : un navigateur qui la reçoit sans jeu de "
                      "caractères la lit ainsi, là où la vérification lit de l'UTF-8 (en ISO-2022-JP, "
                      "`<scr\\x1b(Bipt>` est un script) ; la publication écrit de l'UTF-8",
    "output.no-article": "la page n'a pas d'article du thème et porte « {what} » : une page sans article est la "
                         "redirection du site, qui ne porte que des liens (la page d'un autre générateur à sa place "
                         "n'était lue que pour ses scripts et ses chargements, ses mots et ses liens par aucune "
                         "vérification)",
    "output.before": "la page porte avant son article ce que le thème n'y écrit pas (des mots, un lien ou un élément "
                     "qu'un autre générateur y a mis, qu'aucune vérification n'a lus) : {before!r}",
    "output.csp-weaker": "la Content-Security-Policy de la page permet plus que celle du site (« {what} ») : les "
                         "fichiers de ce site seulement, les scripts du thème par empreinte, ni cadre, ni objet, ni "
                         "formulaire, ni base (une politique hors de l'en-tête ne s'applique à rien)",
    "output.no-csp": "la page n'a pas de Content-Security-Policy",
    "output.outdated-unguarded": "la page exécute la vérification de version du thème sans la protection du site "
                                 "(overrides/partials/javascripts/outdated.html) comme dernier script à définir "
                                 "__md_set : le thème enregistre « cette version est-elle la dernière ? » dans le "
                                 "navigateur du lecteur pour chaque version lue ; une page construite avant cette "
                                 "protection (par un générateur antérieur) est reconstruite avec le thème "
                                 "d'aujourd'hui par `policy history --rebuild`",
    "output.outdated-unguarded/older": "la page exécute la vérification de version du thème sans la protection du "
                                       "site (overrides/partials/javascripts/outdated.html), comme toute page "
                                       "construite avant elle (une version construite par un autre générateur) : le "
                                       "thème enregistre « cette version est-elle la dernière ? » dans le navigateur "
                                       "du lecteur pour chaque version lue ; `policy history --rebuild` la reconstruit "
                                       "avec le thème d'aujourd'hui, protection comprise",
    "render.section-id": "l'identifiant « {ident} » est celui que le site donne au titre d'une section numérotée : "
                         "un lien vers cette section (depuis une autre version, ses modifications, l'historique) "
                         "mènerait à cet élément, pris pour la section, là où le site dit que la version n'a pas "
                         "cette section ; donnez-lui un autre identifiant",
    "output.repeated-id": "l'identifiant « {ident} » est sur deux éléments du texte : les liens vers lui mènent au "
                          "premier ; donnez un autre identifiant au second",
    "output.forbidden": "la balise <{tag}> n'est pas autorisée",
    "output.forbidden/text": "la balise <{tag}> n'est pas autorisée dans le texte de la politique",
    "output.unshown": "<{tag}> ({what}) : des mots montrés au lecteur à sa demande seulement, par-dessus la page ou "
                      "hors d'atteinte (une boîte de dialogue, un popover, un bloc qu'ouvre la recherche dans la "
                      "page, une partie inerte), qu'aucun contrôle ne lit ; ni le thème ni les gabarits du site n'en "
                      "écrivent : ceux d'une surcharge (overrides/) ou d'une modification à la main",
    "output.template": "<template> : son contenu est un fragment à part, que le contrôle de sortie ne lit pas et "
                       "qu'un navigateur affiche (`shadowrootmode` : une racine fantôme de son parent, où ses liens, "
                       "images et styles sont actifs) ; le thème n'en écrit aucun",
    "output.document-attributes": "<{tag} {names}=…> : des attributs que le thème n'écrit pas (une balise <{tag}> du "
                                  "texte ajoute ses attributs à ceux de la page)",
    "output.handler": "<{tag} {name}=…> : les attributs de gestion d'événement ne sont pas autorisés",
    "output.style-loads": "<{tag} style=…> charge ou échappe quelque chose : {value!r}",
    "output.attribute": "l'attribut <{tag} {name}=…> n'est pas autorisé",
    "output.tracking": "<{tag} {name}> : un attribut de la mesure publicitaire du navigateur, qui signale à une autre "
                       "adresse ou à un autre hôte ce que le lecteur a vu ou suivi : le site d'une politique de "
                       "confidentialité ne suit personne",
    "output.script-url": "<{tag} {name}=« {value} »> : les URL de script et de données ne sont pas autorisées",
    "output.srcset": "<{tag} {name}=…> charge une image d'un autre site : {value!r}",
    "output.loads": "<{tag} {name}=« {value} »> charge une ressource d'un autre site",
    "output.loads/third-party": "<{tag} {name}=« {value} »> charge une ressource d'un autre site : le site d'une "
                                "politique de confidentialité n'adresse aucune requête à un tiers",
    "output.link-unread": "<link rel=« {rel} » href=« {href} »> fait télécharger au navigateur un fichier selon "
                          "lequel il agit (un manifeste d'application web : les icônes qu'il nomme, sur n'importe "
                          "quel hôte, sa page de départ et ses raccourcis) qu'aucune vérification ne lit ; le site "
                          "n'en lie aucun",
    "output.meta-fetches": "<meta name=« {name} »> fait télécharger « {url} » au navigateur de lui-même (la vignette, "
                           "le badge ou les notifications d'un site épinglé, interrogés sur cet hôte ; un portefeuille "
                           "de paiement), hors de la Content-Security-Policy de la page",
    "output.fetching-component": "<{tag} data-md-component=« {component} »> : le script du thème télécharge pour "
                                 "lui, depuis l'API de GitHub ou d'un hôte GitLab, un autre site, les données du dépôt "
                                 "que nomme son adresse ; le site ne montre aucun dépôt",
    "output.storing-component": "<{tag} data-md-component=« {component} »> : le script du thème enregistre pour lui "
                                "des données dans le navigateur du lecteur (les couleurs affichées, dès le chargement "
                                "de la page) ou lui demande d'accepter des cookies ; le site n'enregistre rien dans le "
                                "navigateur de ses lecteurs",
    "output.link-loads": "<link rel=« {rel} » href=« {href} »> charge une ressource d'un autre site",
    "output.refresh-foreign": "<meta http-equiv=refresh> envoie le lecteur vers un autre site : {target!r}",
    "output.http-equiv": "<meta http-equiv=« {equiv} »> n'est pas autorisé",
    "output.style-element-loads": "<style> charge ou échappe quelque chose (url(), @import, un échappement CSS)",
    "output.style-element": "un <style> qui n'est pas celui du thème ({text!r}) : les styles d'un gabarit pourraient "
                            "masquer ou écrire les mots de la page ; les styles d'un projet vont dans une feuille de "
                            "style de son dossier de thème",
    "output.script-src": "<script src=« {src} »> exécute un script d'un autre site",
    "output.script-src/not-js": "<script src=« {src} »> exécute un fichier qui n'est aucun des scripts du site (.js) : "
                                "une image ou un texte du dossier de thème serait exécuté comme s'il était du site",
    "output.link-runs/script": "<link rel=« {rel} » href=« {href} »> fait exécuter à la page un fichier qui n'est "
                               "aucun des scripts du site (.js) : un texte ou une liste du site serait exécuté comme "
                               "s'il était du site",
    "output.link-runs/style": "<link rel=« {rel} » href=« {href} »> applique un fichier qui n'est aucune des feuilles "
                              "de style du site (.css) : un texte ou une liste du site mettrait la page en forme",
    "output.config-worker": "la configuration du thème lance sa recherche depuis « {url} », qui n'est aucun des "
                            "scripts du site (.js)",
    "output.config-base": "la configuration du thème lit la liste des versions sous « {url} », qui n'est ni un "
                          "dossier au-dessus de la page ni le chemin du site",
    "output.config-feature": "la configuration du thème active « {feature} », que les règles de configuration "
                             "refusent (elle écrit des titres dans la page en HTML, charge des pages ou enregistre "
                             "dans le navigateur du lecteur)",
    "output.config-translation": "la configuration du thème donne ses mots « {key} » comme « {words} », que le thème "
                                 "écrit dans la page en HTML : les mots du thème ne contiennent aucun balisage",
    "output.config-version": "la configuration du thème nomme sa version par défaut « {default} », que le navigateur "
                             "de chaque lecteur exécute comme un motif : le nom d'une version seulement",
    "output.config-annotate": "la configuration du thème nomme des annotations ({annotate}), que le générateur "
                              "n'écrit jamais : elles déplacent des mots de la page dans des infobulles",
    "output.config-element": "<{tag}> porte l'identifiant « __config », où le thème lit sa configuration : seul son "
                             "propre <script type=« application/json »> le peut",
    "output.use-file": "<use {name}=« {value} »> dessine dans la page le dessin d'un autre fichier, des mots "
                       "qu'aucune vérification de la page n'a lus : un <use> nomme un dessin de la page elle-même (#…)",
    "output.at-leaves": "les données de la page at/ (la version en vigueur à une date) envoient son lecteur vers "
                        "« {url} » pour un jour antérieur au premier texte : une adresse du site seulement",
    "output.data-leaves": "{name}=« {value} », sous lequel le script du site lie la version suivante, ne désigne "
                          "pas les dossiers parents de la page (../) : joint au nom d'une version lu dans "
                          "versions.json, il peut mener hors du site",
    "output.theme-link": "<{tag} href=« {href} »> hors du texte de la politique mène à un autre site : autour du "
                         "texte, une page ne lie que les pages du site (les liens de la politique sont dans son texte, "
                         "où les vérifications les lisent)",
    "output.referrer": "<{tag}> fixe la politique de référent « {policy} » : chaque lien suivi donnerait à un autre "
                       "site l'adresse entière de la page d'où vient son lecteur (la version lue, les mots d'une "
                       "recherche)",
    "output.script-inline": "un <script> qui n'est pas l'un de ceux du thème : {text!r}",
    "output.script-inline/older": "{problem:said} (une version construite par un autre générateur, dont le thème "
                                  "écrivait d'autres scripts : `policy history --rebuild` la passe au thème "
                                  "d'aujourd'hui)",
    "output.description-unshown/older": "{problem:said} (une version construite par un autre générateur, dont la "
                                        "page ne montrait pas sa description : `policy history --rebuild` la montre "
                                        "sous le titre)",
    "output.script-type": "<script type=« {type} »> n'est pas autorisé",
    "output.script-text": "un <script> dans le texte de la politique : seuls les scripts du thème s'exécutent",
    "output.fetching-class": "<{tag} class=« {classes} »> : le script du thème chargerait pour elle un script d'un "
                             "autre site",
    "output.redline-mark": "<{tag}> dans le texte de la politique : ses mots sont soulignés comme la comparaison "
                           "marque une modification, ce que le texte n'est pas",
    "output.redline-mark/struck": "<{tag}> dans le texte de la politique : ses mots sont barrés comme la comparaison "
                                  "marque une modification, ce que le texte n'est pas",
    "output.override": "<{tag}> contient une inversion de sens d'écriture (U+202D ou U+202E) dans {places:each:, } : "
                       "les caractères qui la suivent sont affichés dans un autre ordre que celui du texte, que lisent "
                       "les vérifications",
    "output.override/words": "ses mots",
    "output.struck": "<{tag}> trace un signe en travers du caractère qui le précède (U+{code}) : « {words} » "
                     "apparaît barré, comme l'est un mot supprimé, alors que les vérifications le lisent tel qu'il est "
                     "écrit",
    "output.stacked": "<{tag}> empile sur « {words} » (U+{code} …) plus de signes qu'aucune écriture n'en demande : "
                      "ils se dessinent au-dessus et au-dessous, sur les lignes voisines, dont ils masquent les mots",
    "output.unseen": "<{tag}> contient {count:plural:caractère qui n'affiche|caractères qui n'affichent} rien "
                     "(U+{code} …) là où aucune écriture n'en a besoin, dans « {words} » : des mots peuvent s'y "
                     "dissimuler, qu'aucun lecteur ne voit mais que les machines lisent",
    "output.search-excluded": "<{tag} data-search-exclude> retire les mots « {words} » de la recherche du site : un "
                              "lecteur qui y cherche ce que la page affiche ne trouve rien",
    "output.digits/script": "<{tag}> écrit le nombre « {number} » avec un chiffre d'une autre écriture ({char}, "
                            "{name}), qu'un lecteur de cette page peut prendre pour un autre chiffre ; les "
                            "vérifications lisent {value}",
    "output.digits/split": "<{tag}> contient un caractère invisible (U+{code}) entre les chiffres de « {number} » : la "
                           "page montre un seul nombre là où les vérifications en lisent deux",
    "output.digits/marked": "<{tag}> dessine un signe (U+{code}, {name}) entre les chiffres de « {number} » : la "
                            "page montre un seul nombre là où les vérifications en lisent deux",
    "output.digits/raised": "<{tag}> dessine « {inside} » du nombre « {number} » en exposant ou en indice : un "
                            "lecteur y voit une puissance, un indice ou un appel de note, là où les vérifications "
                            "lisent {number}",
    "output.digits/small": "<{tag}> écrit « {word} », un chiffre en exposant ou en indice ({char}, {name}) à côté "
                           "de chiffres : un lecteur y voit une puissance, un indice ou un appel de note, là où les "
                           "vérifications lisent {read}",
    "output.digits/letter": "<{tag}> écrit « {word} », une lettre ({letter}, {name}) parmi des chiffres, là où un "
                            "lecteur voit un chiffre : les vérifications lisent {read}",
    "output.bidi/dir": "<{tag} dir=…> dispose de droite à gauche les mots écrits de gauche à droite « {words} », dans "
                       "un autre ordre que celui du texte, que lisent les vérifications",
    "output.bidi/ltr": "<{tag} dir=…> dispose de gauche à droite les mots écrits de droite à gauche « {words} » : les "
                       "lecteurs de la page les lisent dans un autre ordre que celui du texte, que lisent les "
                       "vérifications",
    "output.bidi/ltr-page": "<{tag}> contient les mots écrits de droite à gauche « {words} », disposés de gauche à "
                            "droite comme la page autour d'eux : leurs lecteurs les lisent dans un autre ordre que "
                            "celui du texte, que lisent les vérifications",
    "output.bidi/ltr-numbers": "<{tag}> contient une marque, un isolat ou un élément de gauche à droite (U+{code}) "
                               "qui dispose de gauche à droite les nombres « {words} » : les lecteurs du paragraphe, "
                               "qui lisent de droite à gauche, les lisent dans un autre ordre que celui du texte, que "
                               "lisent les vérifications",
    "output.bidi/ltr-isolate": "<{tag}> contient un enchâssement ou un isolat de gauche à droite (U+{code}) qui "
                               "dispose de gauche à droite les mots écrits de droite à gauche « {words} » : les "
                               "lecteurs du paragraphe les lisent dans un autre ordre que celui du texte, que lisent "
                               "les vérifications",
    "output.bidi": "<{tag}> contient une marque ou un isolat de droite à gauche (U+{code}) qui affiche les mots écrits "
                   "de gauche à droite « {words} » dans un autre ordre que celui du texte, que lisent les "
                   "vérifications",
    "output.theme-class": "<{tag} class=« {classes} »> : les classes du thème peuvent masquer, déplacer ou recouvrir "
                          "le texte",
    "output.description-unshown": "<meta {key}> donne aux moteurs de recherche et aux aperçus de liens « {words} » "
                                  "comme résumé de la page, des mots que la page ne montre pas (la publication montre "
                                  "la description de la page, le champ `description:` de son en-tête, sous son titre)",
    "output.tooltip": "<{tag}> « {shown} » a le titre « {title} » : des mots que la page ne montre que lorsqu'un "
                      "pointeur s'y pose, et nulle part ailleurs",
    "output.hidden": "<{tag} hidden> : masque le texte",
    "output.undrawn": "<{tag}> « {words} » : des mots qu'un navigateur n'affiche jamais (sa propre feuille de "
                      "style les masque, ou il dessine une jauge à leur place), que les vérifications, la "
                      "comparaison et le PDF lisent comme ceux du texte",
    "output.comment-open": "un commentaire laissé ouvert (<!-- sans son -->) cache au lecteur le reste de la page : le "
                           "texte qui le suit, le pied de page et les scripts du thème, que lisent les vérifications",
    "output.theme-hiding": "<{tag} class=« {classes} »> : la feuille de style du thème masque les mots d'un élément "
                           "de cette classe (non dessinés, transparents ou sans taille) : le lecteur ne verrait pas ce "
                           "que lisent les vérifications",
    "output.aria-words": "<{tag} {name}=…> : un lecteur d'écran dirait ces mots à la place de ceux que la page montre, "
                         "que lisent les vérifications, ou en plus d'eux",
    "output.aria-hidden": "<{tag} aria-hidden=« true »> : un lecteur d'écran ne dirait pas ces mots, que la page "
                          "montre",
    "output.aria-role": "<{tag} role=« {role} »> : un lecteur d'écran nomme un tel élément par l'étiquette d'un "
                        "auteur seulement, et ne dirait pas ses mots",
    "output.aria-structure": "<{tag} {name}=« {value} »> : annonce à un lecteur d'écran une structure que l'œil "
                             "ne voit pas (un titre, une partie déplacée, un ordre à part), que n'écrivent ni le "
                             "Markdown ni les parties du texte propres au site",
    "output.link-scheme-case": "le lien vers « {href} » écrit son protocole en majuscules ({scheme}) : sur papier, "
                               "l'adresse d'un lien suit ses mots, ce que la feuille de style et le script du site ne "
                               "font que pour un protocole en minuscules, si bien qu'une impression montrerait "
                               "« {words} » sans adresse : écrivez {lower}",
    "output.script-class": "<{tag} class=« {classes} »> : seul le script du site pose cette classe, à la lecture "
                           "de la page (sur un lien dont les mots disent l'adresse, que le papier n'imprime alors "
                           "qu'une fois) : écrite dans la page, elle ôte l'adresse de n'importe quel lien imprimé",
    "output.table-overlap": "<{tag}> « {words} » s'étend sur des lignes ou des colonnes jusqu'à une cellule qu'une "
                            "autre couvre déjà : un navigateur dessine les deux l'une sur l'autre, les mots de l'une "
                            "par-dessus ou sous ceux de l'autre, que les vérifications lisent séparément ; les "
                            "tableaux du Markdown ne fusionnent aucune cellule",
    "output.style-text": "<{tag} style=…> : les styles en ligne ne sont pas autorisés dans le texte de la politique",
    "output.text-attribute": "<{tag} {name}=…> : le texte de la politique ne peut définir que des identifiants et des "
                             "classes",
    "output.text-attributes": "<{tag} {what}> : le texte de la politique ne peut définir que des identifiants, des "
                              "titres et des langues ; les classes et attributs de la page elle-même peuvent masquer, "
                              "déplacer ou recouvrir le texte",
    "output.theme-id": "<{tag} {name}=« {value} »> : les identifiants commençant par __ sont ceux du thème (sa "
                       "configuration, la recherche)",
    "output.link-unseen": "<a href=« {href} »> n'affiche aucun mot (aucun, des espaces ou des caractères qui ne "
                          "s'affichent pas) : un lien qu'aucun lecteur ne voit ni ne peut lire où il mène, que les "
                          "moteurs de recherche et un toucher malencontreux suivent ; donnez-lui ses mots ou "
                          "retirez-le",
    "output.script-global": "<{tag} id=« {value} »> : le nom d'une variable globale que les scripts du site "
                            "définissent : le navigateur fait de l'élément cette variable jusqu'à ce qu'ils la "
                            "définissent, et un script qui la lit alors appelle l'élément (la recherche ou les avis "
                            "cessent de fonctionner) : donnez-lui un autre identifiant",
    "output.dated-id": "<{tag} id=« {value} »> : les identifiants de la forme 2021-02-17.s1 sont ceux de l'archive "
                       "(l'identifiant d'une section dans une version antérieure, que suivent les liens de cette "
                       "version) : donnez-lui un autre identifiant",
    "output.alias-placed": "<{tag}> des anciens identifiants de l'archive (classe policy-alias ou policy-since) "
                           "{where:said} : la construction les écrit, vides, là où commence une section (son titre, la "
                           "section d'une page de modifications) et sous le titre ; ailleurs, il mène les liens d'une "
                           "version antérieure où il veut, ou fait lire comme supprimée une section qui ne l'a jamais "
                           "été : le texte, un gabarit ou une modification à la main l'a écrit",
    "output.alias-placed/theme": "hors du texte de la politique (la partie du thème de la page, ou une page sans "
                                 "texte)",
    "output.alias-placed/shape": "qui n'est pas un span vide d'une seule de ces classes et d'un seul identifiant",
    "output.alias-placed/outside": "dans un <{outer}>, pas dans un titre doté d'un identifiant",
    "output.alias-placed/removed": "nommant une section supprimée dans un <{outer}>, pas dans l'article lui-même",
    "output.hiding-placed": "<{tag} class=« {classes} »> : la classe du site qui cache des mots à l'œil (à l'écran, "
                            "ou jusqu'à ce que son script les montre) {where:said} : le texte, un gabarit ou une "
                            "modification à la main l'a écrite pour cacher des mots qu'aucun lecteur de la page ne "
                            "voit",
    "output.notice-words": "<{tag} class=« {kind} »>, un avis que le site écrit en haut d'une page (montré sur "
                           "papier seulement, sans scripts seulement, ou quand son script le montre), contient ce que "
                           "la construction n'y écrit jamais : {what} : le texte, un gabarit ou une modification à la "
                           "main y a écrit des mots qu'aucun lecteur de l'écran ne voit",
    "output.hiding-placed/theme": "hors du texte de la politique et de l'article de la page de l'archive (la partie "
                                  "du thème de la page)",
    "output.hiding-placed/shape": "sur un élément auquel la construction ne la donne jamais (sa balise, ses autres "
                                  "classes, des mots dans des éléments)",
    "output.hiding-placed/notice": "dans un <{outer}>, pas parmi les avis du site en haut de l'article, dans leur "
                                   "ordre",
    "output.hiding-placed/widget": "dans un <{outer}>, pas dans la partie propre de la page de l'archive",
    "output.hiding-placed/spoken": "dans un <{outer}>, pas dans une marque d'un redline ni dans un lien",
    "link.mail-subject": "le lien ouvre un message dont l'objet est « {subject} », des mots que la page ne montre "
                         "pas ; faites-en des mots que la page montre, ou retirez subject= de l'adresse",
    "link.shows-number": "le lien affiche le numéro {shown} mais appelle le {dialled}",
    "link.shows-mixed": "le lien affiche l'adresse {shown}, dont les lettres mélangent plusieurs écritures",
    "link.shows-address-writes": "le lien affiche l'adresse {shown} mais écrit à {address}",
    "link.shows-email-goes": "le lien affiche l'adresse électronique {shown} mais mène à {target}",
    "link.shows-address-goes": "le lien affiche l'adresse {shown} mais mène à {target}",
    "link.shows-port": "le lien affiche l'adresse {shown} mais mène à {target}, un autre port de cet hôte : un autre "
                       "service de sa machine que le site que lit le lecteur ; faites-le pointer vers l'adresse qu'il "
                       "affiche",
    "link.shows-secure": "le lien affiche l'adresse sécurisée {shown} mais mène à {target}, par une connexion non "
                         "chiffrée (http:) : faites-le pointer vers l'adresse https: qu'il affiche",
    "link.shows-section": "le lien affiche la section {shown} mais mène à la section {number} (« {heading} ») : un "
                          "lecteur le prend pour la section qu'il nomme ; faites-le pointer vers cette section, ou "
                          "nommez celle à laquelle il mène",
    "link.shows-version": "les mots du lien « {words} » nomment la version du {named:date} mais il mène à la version "
                          "du {version:date} : un lecteur prend le texte qu'il ouvre pour celui que nomment ses mots ; "
                          "faites-le pointer vers cette version (../{named:iso}/), ou nommez celle à laquelle il mène",
    "link.unclear-day": "les mots du lien « {words} » écrivent le jour {written}, qu'un lecteur lit comme le "
                        "{first:date} et un autre comme le {second:date} (le jour d'abord ou le mois d'abord, selon "
                        "son pays) : écrivez le jour en toutes lettres, ou sous la forme {first:iso}",
    "link.shows-latest": "les mots du lien « {words} » nomment la version du {named:date} mais il mène à la dernière "
                         "version, le texte en vigueur le jour où on l'ouvre : un lecteur prend ce texte pour celui "
                         "que nomment ses mots ; faites-le pointer vers cette version (../{named:iso}/)",
    "link.shows-this-version": "les mots du lien « {words} » nomment cette version, du {own:date}, mais il mène à la "
                               "version du {version:date} : un lecteur prend le texte qu'il ouvre pour celui-ci ; "
                               "faites-le pointer vers cette version, ou nommez celle à laquelle il mène",
    "link.shows-in-force": "les mots du lien « {words} » nomment la version en vigueur mais il mène à la version du "
                           "{version:date}, cette page étant celle du {own:date} : un lecteur prend un texte plus "
                           "ancien ou plus récent pour celui en vigueur ; faites-le pointer vers cette version, ou "
                           "vers la version en vigueur (../latest/)",
    "link.shows-comparison": "les mots du lien « {words} » nomment la version du {named:date} mais il mène à la "
                             "comparaison des versions du {old:date} et du {new:date} : un lecteur prend les "
                             "modifications qu'il montre pour celles de la version que nomment ses mots ; faites-le "
                             "pointer vers les modifications de cette version (../{named:iso}/changes/), ou nommez "
                             "celles qu'il compare",
    "link.shows-section-title": "les mots du lien sont le titre de la section « {title} » mais il mène à la section "
                                "« {heading} » : un lecteur le prend pour la section qu'il nomme ; faites-le pointer "
                                "vers cette section, ou nommez celle à laquelle il mène",
    "link.shows-path": "le lien affiche {path}, qu'un lecteur prend pour une page de ce site, mais mène à {target} : "
                       "affichez l'adresse à laquelle il mène, ou faites pointer le lien vers la page du site par son "
                       "chemin",
    "link.shows-number/title": "le titre du lien (affiché lorsque le pointeur le survole) affiche le numéro {shown} "
                               "mais appelle le {dialled}",
    "link.shows-mixed/title": "le titre du lien (affiché lorsque le pointeur le survole) affiche l'adresse {shown}, "
                              "dont les lettres mélangent plusieurs écritures",
    "link.shows-address-writes/title": "le titre du lien (affiché lorsque le pointeur le survole) affiche l'adresse "
                                       "{shown} mais écrit à {address}",
    "link.shows-email-goes/title": "le titre du lien (affiché lorsque le pointeur le survole) affiche l'adresse "
                                   "électronique {shown} mais mène à {target}",
    "link.shows-address-goes/title": "le titre du lien (affiché lorsque le pointeur le survole) affiche l'adresse "
                                     "{shown} mais mène à {target}",
    "link.shows-port/title": "le titre du lien (affiché lorsque le pointeur le survole) affiche l'adresse {shown} "
                             "mais mène à {target}, un autre port de cet hôte",
    "link.shows-secure/title": "le titre du lien (affiché lorsque le pointeur le survole) affiche l'adresse "
                               "sécurisée {shown} mais mène à {target}, par une connexion non chiffrée (http:)",
    "link.shows-path/title": "le titre du lien (affiché lorsque le pointeur le survole) affiche {path}, qu'un lecteur "
                             "prend pour une page de ce site, mais mène à {target} : affichez l'adresse à laquelle il "
                             "mène, ou faites pointer le lien vers la page du site par son chemin",
    "link.hidden-host": "le lien vers « {href} » mène au site {host}, écrit de telle sorte qu'un lecteur n'y voit pas "
                        "une adresse (un navigateur lit `\\` comme `/` et ajoute les barres obliques qui manquent à "
                        "une adresse web) : écrivez l'adresse telle que le navigateur la suit, {target}",
    "link.scheme-hidden": "le lien vers « {target} » contient, dans son protocole, une tabulation ou un saut de ligne "
                          "invisible que le navigateur ignore : écrivez-le sans",
    "link.scheme-other": "le lien vers « {target} » ouvre un autre programme ou un autre emplacement ({scheme}:) : "
                         "un lien mène à une adresse http(s)://, mailto: ou tel:, à une ancre #… ou à une page de ce "
                         "site",
    "link.mail-body": "le lien de courriel « {target} » rédige à la place du lecteur le message qu'il enverra "
                      "(body=), en des termes qu'aucune vérification ne lit : indiquez l'adresse seule (un objet peut "
                      "être conservé)",
    "link.mail-others": "le lien de courriel « {target} » écrit à d'autres destinataires que son adresse (cc, bcc, un "
                        "autre en-tête ou une autre adresse) : la demande d'un lecteur leur parviendrait aussi",
    "link.mail-at": "le lien de courriel « {target} » écrit à une adresse qui contient plus d'un @ : le lecteur prend "
                    "la première partie pour l'adresse, alors que la messagerie écrit au domaine qui suit le dernier @",
    "link.mail-private": "le lien de courriel « {target} » écrit à un domaine de réseau privé ({domain}), qu'aucun "
                         "message de lecteur n'atteint : indiquez l'adresse à laquelle la société reçoit son courrier",
    "link.mail-local": "le lien de courriel « {target} » écrit à « {local} », dont les lettres hors ASCII ressemblent "
                       "chacune à une lettre ASCII (qui se lit « {reads} ») : le message du lecteur part vers une "
                       "autre boîte que celle qu'il lit",
    "link.mail-mixed": "le domaine du lien de courriel « {domain} » contient une partie qui mélange les lettres de "
                       "plusieurs écritures ({mixed}) : il peut se faire passer pour un autre domaine",
    "link.mail-lookalike/latin": "le domaine du lien de courriel « {domain} » écrit « {label} » avec des lettres hors "
                                 "ASCII qui ressemblent chacune à une lettre ASCII (qui se lit « {reads} ») : il peut "
                                 "se faire passer pour un autre domaine",
    "link.mail-lookalike": "le domaine du lien de courriel « {domain} » contient une partie écrite en lettres "
                           "{script:script} qui ressemblent chacune à une lettre latine ({label}, qui se lit "
                           "« {reads} ») : il peut se faire passer pour un autre domaine",
    "link.phone-more": "le lien téléphonique « {target} » compose autre chose qu'un numéro (pauses, extensions, "
                       "contexte) : un tel lien ne contient que +, des chiffres et des séparateurs",
    "link.secret": "le lien vers « {target} » contient une clé, un mot de passe ou un accès signé ({names}) : "
                   "tout lecteur de la page pourrait s'en servir pour ouvrir ce qu'il ouvre à son titulaire : "
                   "renvoyez à la page publique",
    "link.program": "le lien vers « {target} » télécharge un programme ou un script (un fichier {program}), qui "
                    "s'exécute sur l'ordinateur ou le téléphone du lecteur : un texte juridique renvoie à des pages "
                    "et à des documents",
    "link.tracking": "le lien vers « {target} » contient des paramètres de suivi ({names}) : ils indiquent à l'autre "
                     "site d'où vient le lecteur, et un identifiant de clic ou d'abonné désigne la personne qui a "
                     "copié le lien : supprimez-les",
    "link.user": "le lien vers « {target} » place un nom d'utilisateur avant son site (…@{host}) : le lecteur prend "
                 "ce qui précède le @ pour le site, alors que le navigateur se rend sur celui qui le suit",
    "link.redirect": "le lien vers « {target} » passe par {through}, qui ne fait que rediriger le lecteur : sa "
                     "destination ne figure pas dans le texte (le titulaire d'un lien raccourci peut la modifier après "
                     "la publication), et ce service enregistre chaque clic : renvoyez directement à l'adresse "
                     "elle-même",
    "link.redirect/wrapping": "le lien vers « {target} » passe par {through}, qui ne fait que rediriger le lecteur : "
                              "sa destination ne figure pas dans le texte (le titulaire d'un lien raccourci peut la "
                              "modifier après la publication), et ce service enregistre chaque clic : renvoyez "
                              "directement à l'adresse qu'il contient, {wrapped}",
    "link.unread": "le lien vers « {target} » n'est pas une adresse que l'analyseur d'adresses d'un navigateur "
                   "sache lire (un port, un caractère ou un liant de son hôte que la norme refuse) : un navigateur qui "
                   "suit la norme ne mène nulle part, un autre peut mener le lecteur vers un hôte qu'aucune "
                   "vérification n'a lu ; écrivez l'adresse complète de la page telle que son site l'écrit",
    "link.no-host": "le lien vers « {target} » ne désigne aucun site qu'un navigateur sache lire (entre son // et la "
                    "barre oblique suivante) : aucun lecteur ne peut le suivre ; écrivez l'adresse complète de la page",
    "link.private": "le lien vers « {target} » mène à une machine d'un réseau privé ({host}) : aucun lecteur ne peut "
                    "le suivre, il révèle le nom des machines internes de la société, et un clic interroge une "
                    "machine du propre réseau du lecteur : renvoyez à une page publique",
    "link.hidden-service": "le lien vers « {target} » mène à un hôte d'un réseau d'anonymat ({host}) : aucun "
                           "navigateur ordinaire ne l'atteint, et aucun lecteur ne peut savoir qui l'exploite ; "
                           "faites-le pointer vers une page publique",
    "link.host-mixed": "le nom du site du lien, « {host} », contient une partie qui mélange les lettres de plusieurs "
                       "écritures ({mixed}) : il peut se faire passer pour un autre site",
    "link.host-passes-for": "le lien mène à « {host} », qu'un lecteur prend pour le site lui-même, « {own} » (les "
                            "deux se lisent « {seen} ») : qui détient ce nom reçoit ce qu'un lecteur confie à "
                            "l'entreprise",
    "link.host-passes-for/ending": "le lien mène à « {host} », qu'un lecteur prend pour le site lui-même, « {own} » : "
                                   "le même nom sous la terminaison « .{ending} », à une lettre de celle du site, que "
                                   "des registres vendent pour les fautes de frappe qu'elle attrape : qui détient ce "
                                   "nom reçoit ce qu'un lecteur confie à l'entreprise",
    "link.host-lookalike/latin": "le nom du site du lien, « {host} », écrit « {label} » avec des lettres hors ASCII "
                                 "qui ressemblent chacune à une lettre ASCII (qui se lit « {reads} ») : il peut se "
                                 "faire passer pour un autre site",
    "link.host-lookalike": "le nom du site du lien, « {host} », contient une partie écrite en lettres {script:script} "
                           "qui ressemblent chacune à une lettre latine ({label}, qui se lit « {reads} »), sous une "
                           "terminaison latine : il peut se faire passer pour un autre site",
    "script.greek": "grecques",
    "script.cyrillic": "cyrilliques",
    "script.han": "chinoises ou japonaises (han)",
    "script.thai": "thaïes",
    "script.arabic": "arabes",
    "script.hebrew": "hébraïques",
    "script.hangul": "coréennes (hangeul)",
    "script.devanagari": "dévanagaries",
    "script.armenian": "arméniennes",
    "script.georgian": "géorgiennes",
    "script.bengali": "bengalies",
    "script.tamil": "tamoules",
    "script.hiragana": "japonaises (hiragana)",
    "script.katakana": "japonaises (katakana)",
    "script.ethiopic": "éthiopiennes",
    "script.khmer": "khmères",
    "script.lao": "laotiennes",
    "script.myanmar": "birmanes",
    "script.latin": "latines",
    "script.japanese": "japonaises",
    "script.katakana_or_hiragana": "japonaises (kana)",
    "script.korean": "coréennes",
    "script.other": "(écriture : {name})",
    "editorial.indented": "{where:place} : « {words} » commence par une tabulation ou quatre espaces (comme un "
                          "texte collé depuis Word) : la page l'affiche comme du code, dans un cadre à part, en police "
                          "à chasse fixe, sans retour à la ligne, et l'orthographe n'en est pas vérifiée ; supprimez "
                          "le retrait en début de ligne (une adresse mise à part volontairement : une ligne ``` "
                          "au-dessus et au-dessous)",
    "editorial.doubled-word": "{where:place} : « {first} {second} » : le mot « {first} » est répété",
    "editorial.brand": "{where:place} : la marque est écrite « {written} » ; écrivez « {meant} »",
    "editorial.stacked": "{where:place} : {count:number} signes empilés sur « {base} » (U+{code} …) se dessinent "
                         "au-dessus et au-dessous, sur les lignes voisines, dont ils masquent les mots : aucune "
                         "écriture n'en demande autant ; supprimez-les",
    "editorial.stacked/bare": "{where:place} : {count:number} signes empilés sur un même caractère (U+{code} …) se "
                              "dessinent au-dessus et au-dessous, sur les lignes voisines, dont ils masquent les mots "
                              ": aucune écriture n'en demande autant ; supprimez-les",
    "editorial.template": "{where:place} : le code de modèle « {code} » s'affiche tel qu'il est écrit : le serveur "
                          "de l'ancien site le remplaçait, celui-ci ne le fait pas ; écrivez les mots que les lecteurs "
                          "y voyaient, ou retirez-le",
    "editorial.template/date": "{where:place} : le code de modèle « {code} » s'affiche tel qu'il est écrit : le "
                               "serveur de l'ancien site y écrivait une date, celui-ci ne le fait pas ; tapez la date "
                               "elle-même, telle que les lecteurs la lisent",
    "editorial.styled": "{where:place} : « {written} » est écrit en caractères d'un style à part ({name}…), qu'un "
                        "lecteur d'écran énonce un à un par leur nom, et qu'une recherche ou le correcteur ne "
                        "trouvent pas comme « {typed} » : tapez « {typed} » (en gras : `**{typed}**`)",
    "editorial.struck": "{where:place} : un signe tracé en travers du caractère qui le précède (U+{code}) fait "
                        "apparaître « {words} » barré, comme l'est un mot supprimé, alors que les vérifications le "
                        "lisent tel qu'il est écrit : écrivez le texte sans ce signe (un mot supprimé se supprime)",
    "editorial.image": "une image ({src}) : ce qu'elle représente n'est lu par aucune vérification, aucune "
                       "comparaison ni aucun PDF, seul son texte alternatif l'est ; écrivez son contenu sous forme "
                       "de texte (un tableau, une liste)",
    "editorial.digits/script": "{where:place} : le nombre « {number} » est écrit avec un chiffre d'une autre "
                               "écriture ({char}, {name}), qu'un lecteur de cette page peut prendre pour un autre "
                               "chiffre ; les vérifications lisent {value} : écrivez-le avec les chiffres de la page",
    "editorial.digits/split": "{where:place} : un caractère invisible (U+{code}) entre les chiffres de « {number} » "
                              "fait voir un seul nombre là où les vérifications en lisent deux : supprimez-le",
    "editorial.digits/marked": "{where:place} : un signe (U+{code}, {name}) dessiné entre les chiffres de "
                               "« {number} » fait voir un seul nombre là où les vérifications en lisent deux : "
                               "supprimez-le",
    "editorial.digits/raised": "{where:place} : « {word} » dessine une partie du nombre {read} en exposant ou en "
                               "indice (<{tag}>) : un lecteur y voit une puissance, un indice ou un appel de note, là "
                               "où les vérifications lisent {read} : écrivez le nombre entier, et un appel de note "
                               "après un mot",
    "editorial.digits/small": "{where:place} : « {word} » écrit un chiffre en exposant ou en indice ({char}, "
                              "{name}) à côté de chiffres : un lecteur y voit une puissance, un indice ou un appel de "
                              "note, là où les vérifications lisent {read} : écrivez le nombre avec les chiffres de "
                              "la page, et un appel de note après un mot",
    "editorial.digits/letter": "{where:place} : « {word} » contient une lettre ({letter}, {name}) parmi des "
                               "chiffres, là où un lecteur voit un chiffre : les vérifications lisent {read} ; "
                               "écrivez le nombre avec des chiffres seulement",
    "editorial.email-malformed": "l'adresse électronique « {address} » est mal formée (un point ou un @ doublé, une "
                                 "espace, pas de point après le @…) : un courriel envoyé à elle n'arrive à personne, "
                                 "et le lecteur qui exerce un droit n'écrit à personne ; écrivez-la comme la boîte "
                                 "aux lettres s'écrit",
    "editorial.unclosed-emphasis": "« {shown} » : la page affiche « {mark} » tel quel, là où il ouvre un gras ou un "
                                   "italique jamais fermé (ou écrit dans du HTML, que Markdown ne lit pas) ; fermez-le "
                                   "(« {mark}mots{mark} ») ou supprimez-le",
    "editorial.address-lookalike": "{where:place} : l'adresse « {address} » écrit « {label} » avec des lettres qui "
                                   "se font passer pour d'autres (qui se lit « {reads} ») : qui y écrit ou la saisit "
                                   "atteint un autre site que celui qu'il a lu ; écrivez-la avec les lettres de son "
                                   "site",
    "editorial.bidi/override": "{where:place} : un forçage de direction (U+202D ou U+202E) affiche les caractères qui "
                               "le suivent dans un autre ordre que celui du texte (et de la lecture des "
                               "vérifications) : supprimez-le (les marques U+200E et U+200F et les isolats restent "
                               "permis à côté de mots écrits de droite à gauche)",
    "editorial.bidi/digits": "{where:place} : une marque de direction entre des chiffres peut les afficher dans un "
                             "autre ordre (12 affiché 21), autrement que les vérifications ne les lisent : "
                             "supprimez-la (une marque sert aux mots d'une écriture de droite à gauche)",
    "editorial.bidi/mark": "{where:place} : une marque de direction (U+{code}) sans mot écrit de droite à gauche à "
                           "côté d'elle peut afficher les caractères qui l'entourent dans un autre ordre, autrement "
                           "que les vérifications ne les lisent : supprimez-la (une marque sert aux mots d'une "
                           "écriture de droite à gauche)",
    "editorial.bidi/reordered": "{where:place} : les nombres qui suivent la lettre « {letter} », écrite de droite à "
                                "gauche (« {shown} »), s'affichent de droite à gauche, dans un autre ordre que celui "
                                "du texte et de la lecture des vérifications : placez-les avant elle, ou mettez ses "
                                "mots écrits de droite à gauche dans un isolat (U+2067 … U+2069)",
    "editorial.bidi/ltr-page": "{where:place} : les mots écrits de droite à gauche « {shown} » sont disposés de "
                               "gauche à droite, comme cette page, leurs parties dans un autre ordre que celui de "
                               "leurs lecteurs et de la lecture des vérifications : commencez le paragraphe par un "
                               "mot écrit de droite à gauche (ni un nombre, ni un mot écrit de gauche à droite), ou "
                               "écrivez-le dans un texte de sa langue",
    "editorial.bidi/ltr-numbers": "{where:place} : la marque ou l'isolat de gauche à droite (U+{code}) devant "
                                  "« {shown} » dispose ces nombres de gauche à droite : les lecteurs de ce texte, qui "
                                  "lisent de droite à gauche, les lisent dans un autre ordre que celui du texte et de "
                                  "la lecture des vérifications : retirez-la, ou placez-en une devant chaque nombre "
                                  "(un numéro de téléphone, un seul nombre, reste tel qu'écrit)",
    "editorial.bidi/reordered-rtl": "{where:place} : le nombre « {number} » s'affiche « {shown} » dans ce texte écrit "
                                    "de droite à gauche (ses groupes de droite à gauche, son + après lui), pas comme "
                                    "il est écrit et lu par les vérifications : écrivez-le entre les isolats U+2066 "
                                    "et U+2069, qui le gardent de gauche à droite, comme « \u2066{number}\u2069 » le "
                                    "tient ici (copiez-le de cette ligne ; `policy import` les écrit ainsi), ou "
                                    "faites-le précéder d'un mot écrit de gauche à droite (Tél.)",
    "editorial.bidi/reordered-address": "{where:place} : l'adresse « {address} » ne s'affiche pas comme elle est "
                                        "écrite dans ce texte écrit de droite à gauche : son « {part} » est placé à "
                                        "part du reste : écrivez-la entre les isolats U+2066 et U+2069, qui la "
                                        "gardent de gauche à droite, comme « \u2066{address}\u2069 » la tient ici "
                                        "(copiez-la de cette ligne), ou liez-la à des mots du texte ([notre "
                                        "site](https://…))",
    "editorial.bidi/isolated-ltr": "{where:place} : l'isolat ou l'enchâssement de gauche à droite (U+{code}) autour "
                                   "de « {shown} » dispose ses mots et nombres écrits de droite à gauche de gauche à "
                                   "droite, que les lecteurs du texte lisent dans un autre ordre que celui du texte et "
                                   "de la lecture des vérifications : n'y laissez que les mots ou le nombre écrits de "
                                   "gauche à droite auxquels il sert",
    "editorial.bidi/isolated": "{where:place} : l'isolat ou l'enchâssement de droite à gauche (U+{code}) autour de "
                               "« {shown} » dispose ses mots et nombres écrits de gauche à droite de droite à gauche, "
                               "dans un autre ordre que celui du texte et de la lecture des vérifications : n'y "
                               "laissez que les mots écrits de droite à gauche auxquels il sert",
    # --- spelling ---------------------------------------------------------------------------------
    "spelling.unknown-word": "{where:place} : « {word} »{inside:opt: (dans « %s »)} ne figure ni dans le "
                             "dictionnaire {lang:language} ni dans {words_path}{suggestion:opt: (vouliez-vous dire "
                             "« %s » ?)} : corrigez-le ou, s'il est juste, ajoutez-le à cette liste en indiquant "
                             "pourquoi (`{word}  # …`)",
    "spelling.unknown-word/acronym": "{where:place} : le sigle « {word} »{inside:opt: (dans « %s »)} ne figure pas "
                                     "dans {words_path} : ajoutez-le à cette liste avec sa signification "
                                     "(`{word}  # …`){suggestion:opt: (vouliez-vous dire « %s » ?)}",
    "spelling.no-dictionary": "l'orthographe n'est pas vérifiée : le dictionnaire {lang:language} ne connaît pas "
                              "{unknown:number} des {total:number} mots de la page ({examples}…), trop pour qu'il "
                              "s'agisse de fautes de frappe : il lui manque les formes courantes de la langue",
    "spelling.no-dictionary/vocabulary": "l'orthographe n'est pas vérifiée : il manque au dictionnaire "
                                         "{lang:language} les mots courants de la langue, dont {unknown:number} des "
                                         "{total:number} mots de la page ({examples}…) ; pour la vérifier, écrivez "
                                         "le vocabulaire de l'entreprise dans {vocabulary} : un mot correct par "
                                         "ligne, en UTF-8, sans justification (`#` commence un commentaire) ; ses "
                                         "mots sont alors connus, et chaque autre mot que le dictionnaire ignore est "
                                         "signalé",
    "spelling.word-list/not-a-file": "{path} n'est pas un fichier (un dossier, un tube ou un périphérique) : les "
                                     "vérifications ne le lisent pas ; faites-en un fichier texte de mots, ou "
                                     "supprimez-le",
    "spelling.word-list/unreadable": "{path} ne peut pas être lu (droits d'accès) : les vérifications ne le lisent "
                                     "pas ; donnez le droit de le lire à l'utilisateur qui lance les vérifications",
    "spelling.word-list/encoding": "la ligne {line} n'est pas en UTF-8 (octet 0x{byte}) : enregistrez la liste de "
                                   "mots en UTF-8",
    "spelling.word-list/twice": "« {word} » figure déjà à la ligne {first}",
    "spelling.word-list/why": "« {word} » n'est pas justifié : écrivez `{word}  # où et pourquoi il est employé`",
    "spelling.word-list/known": "« {word} » figure déjà dans le dictionnaire {lang:language} : retirez-le",
    "spelling.word-unused": "« {word} » n'est employé nulle part dans {paths:or} : `policy words --prune` retire les "
                            "entrées qu'aucun texte n'emploie",
    "spelling.word-unused/other-script": "« {word} » est écrit dans une autre écriture que le texte {lang:language} : "
                                         "la vérification ne le juge pas, et `policy words --prune` le retire",
    "spelling.no-dictionary/language": "l'orthographe n'est pas vérifiée : il n'existe pas de dictionnaire "
                                       "{lang:language}",
    "spelling.no-dictionary/language-vocabulary": "l'orthographe n'est pas vérifiée : il n'existe pas de dictionnaire "
                                                  "{lang:language}, et {vocabulary} n'est pas lu (un vocabulaire "
                                                  "ajoute les mots de l'entreprise à ceux d'un dictionnaire ; seul, "
                                                  "il ne vérifie rien)",
    # --- what `policy publish` and `policy history` did (Outcome's lines) and why they stopped (PublishError) -----
    "said.prefixed": "{name} : {text:said}",
    "word.none/version": "aucune",
    "publish.published": "version {version} publiée ({files}) sur {branch} à partir du commit {commit}",
    "publish.written": "{count:plural:version datée publiée|versions datées publiées} sur {branch} : "
                       "{versions:else:word.none/version}",
    "publish.written/rebuilt": "{count:plural:version datée reconstruite|versions datées reconstruites} sur "
                               "{branch} : {versions:else:word.none/version}",
    "publish.already": "rien à publier : la version {version} figure déjà sur {branch} avec ce texte (commit "
                       "{commit})",
    "publish.already/waited": "rien à publier : {versions} {count:form:figure|figurent} déjà sur {branch} "
                              "({count:form:publiée|publiées} pendant que cette commande attendait la fin de "
                              "l'autre publication)",
    "publish.already/history": "rien à publier : toutes les versions datées de l'historique ({count:number}) figurent "
                               "déjà sur {branch}",
    "publish.already/archive-only": "rien n'a été publié (--archive-only) : les versions de {branch} ({count:number}) "
                                    "restent telles que publiées",
    "publish.already/none": "rien à publier : aucun commit ne contient encore de texte daté {page} : rédigez-le (en "
                            "commençant par sa `date:`) et enregistrez-le dans un commit, ou importez avec `policy "
                            "import` les textes publiés auparavant",
    "publish.pages-updated": "pages d'historique, de comparaison et flux mis à jour sur {branch}",
    "publish.pages-updated/home": "page d'accueil du site et flux mis à jour sur {branch}",
    "publish.refused": "rien n'a été publié : {count:plural:version refusée|versions refusées} (ci-dessous) ; "
                       "{branch} est inchangée",
    "publish.refused/dated": "rien n'a été publié : {count:plural:version datée refusée|versions datées refusées} "
                             "(ci-dessous) ; {branch} est inchangée",
    "publish.refused/passed": "rien n'a été publié : {count:plural:version datée refusée|versions datées refusées} "
                              "(ci-dessous) ; {passed:plural:version acceptée|versions acceptées} en attente ; "
                              "{branch} est inchangée",
    "publish.refused/rebuilt": "rien n'a été reconstruit : {count:plural:version datée refusée|versions datées "
                               "refusées} (ci-dessous) ; {branch} est inchangée",
    "publish.refused/rebuilt-passed": "rien n'a été reconstruit : {count:plural:version datée refusée|versions "
                                      "datées refusées} (ci-dessous) ; {passed:plural:version acceptée|versions "
                                      "acceptées} en attente ; {branch} est inchangée",
    "publish.earlier": "{earlier} : de date antérieure au {version:date} et pas encore publiées, dans l'historique de "
                       "la branche : publiées avec elle, de la plus ancienne à la plus récente, chacune à partir de "
                       "son dernier commit",
    "publish.earlier/one": "{earlier} : de date antérieure au {version:date} et pas encore publiée, dans l'historique "
                           "de la branche : publiée avec elle, à partir de son dernier commit",
    "publish.never-published": "{commit} : jamais publié, comme l'indique {file} : {reason}",
    "publish.upcoming": "{version} : à venir, publiée avant sa date ; elle entre en vigueur le {version:date}, et "
                        "`latest` l'affiche d'ici là, aucun texte n'étant en vigueur avant elle",
    "publish.upcoming/moves": "{version} : à venir, publiée avant sa date ; `latest` l'affichera à partir du "
                              "{version:date} (`policy history`, chaque jour en CI)",
    "publish.unchecked": "{version} : publiée sans vérification de l'orthographe du texte en {lang:language} : "
                         "{finding:said}",
    "publish.unchecked/many": "{count:number} versions, de {first} à {last}, publiées sans vérification de "
                              "l'orthographe du texte en {lang:language} : {finding:said}",
    "publish.recorded": "{version} : publiée avec {count:plural:avertissement enregistré|avertissements "
                        "enregistrés}, non {count:form:bloquant|bloquants} ({rules}) ; `policy check` à son commit "
                        "{count:form:l'affiche|les affiche}",
    "publish.line-ends": "{version} : les pages enregistrées ne diffèrent des pages publiées que par les fins de ligne "
                         "ou une marque d'ordre des octets, que toutes les commandes lisent de la même façon : la "
                         "version publiée est maintenue",
    "publish.line-ends/rewrapped": "{version} : les pages enregistrées ne diffèrent des pages publiées que par des "
                                   "espaces (retours à la ligne, espacement, colonnes d'un tableau alignées), que les "
                                   "lecteurs voient à l'identique : la version publiée reste telle quelle, et rien "
                                   "n'est publié",
    "publish.no-document": "aucun document {document!r} sur ce site (documents : {known})",
    "publish.no-document/none": "aucun document {document!r} sur ce site (documents : aucun, la liste des documents "
                                "du site, `extra.policy.documents`, n'est pas renseignée)",
    "publish.not-committed/item": "{paths} {count:form:n'est pas enregistré|ne sont pas enregistrés} dans un commit",
    "publish.removed": "rien à publier : {items:each}",
    "publish.moved/item": "{path} a été déplacé vers {new} par le commit {commit} « {subject} » du {day:date}, où la "
                          "configuration ne le lit pas (`git mv {back}` le remet en place ; l'archive garde toutes les "
                          "versions publiées)",
    "publish.removed/item": "{paths} {count:form:a été supprimé|ont été supprimés} par le commit {commit} « {subject} "
                            "» du {day:date} (`git checkout {commit}~1 -- {restore}` {count:form:le|les} remet en "
                            "place ; l'archive garde toutes les versions publiées)",
    "publish.lfs-pointer": "rien à publier : {path} au commit {commit} est un pointeur Git LFS, non le texte (une "
                           "ligne `filter=lfs` du fichier .gitattributes : git conserve le texte hors du dépôt, et la "
                           "publication lit ce que git enregistre) ; sortez la politique de LFS (`git lfs untrack`, "
                           "`git add --renormalize docs`) et enregistrez le texte lui-même dans un commit",
    "publish.no-date": "{path} : aucune date valide dans l'en-tête (date: AAAA-MM-JJ) : rien à publier",
    "publish.no-date/findings": "{path} : aucune date valide dans l'en-tête (date: AAAA-MM-JJ) : rien à publier ; "
                                "ce que les vérifications y trouvent :\n  {findings:each:\n  }",
    "publish.uncommitted": "rien n'a été publié : les modifications de {paths} ne sont pas enregistrées dans un "
                           "commit, et seul le texte enregistré est publié : enregistrez-les d'abord (ou "
                           "mettez-les de côté : git stash)",
    "publish.uncommitted/under-way": "rien n'a été publié : un git {operation} est en cours dans ce dossier de "
                                     "travail, et les modifications de {paths} ne sont pas enregistrées dans un "
                                     "commit (seul le texte enregistré est publié) : terminez-le (`git {operation} "
                                     "--continue` une fois ses conflits résolus) ou annulez-le (`git {operation} "
                                     "--abort`), puis publiez de nouveau",
    "publish.uncommitted/stray": "{version} : non publiée : {paths}, à côté de la politique, "
                                 "{count:form:n'est|ne sont} ni une page ni une liste de mots ou un registre de "
                                 "traduction, seuls fichiers publiés depuis un dossier de documents : "
                                 "supprimez-{count:form:le|les} ou déplacez-{count:form:le|les} hors de ce dossier",
    "publish.never-committed": "{version} : non publiée : la politique n'a jamais été enregistrée dans un commit",
    "publish.head-unpublished": "{version} : non publiée : le texte du commit en cours (HEAD) est celui du commit "
                                "{commit}, que {file} inscrit comme jamais publié ({reason}) ; annulez ce commit, ou "
                                "enregistrez dans un commit le texte à publier, avec sa date",
    "publish.older": "la version {version} est antérieure à la dernière version publiée, {latest} (le texte "
                     "diffère : {changes:said}) : un nouveau texte doit porter une date postérieure au {latest:date} ; "
                     "si le commit {commit} est déjà fusionné, enregistrez le texte avec sa nouvelle date et inscrivez "
                     "{commit} dans {file} comme jamais publié, dans la même modification",
    "publish.older/same": "la version {version} est antérieure à la dernière version publiée, {latest}, dont elle a le "
                          "texte sous une date plus ancienne : une version publiée garde sa date (les adresses de ses "
                          "lecteurs, les jours où elle était en vigueur) ; remettez `date: {latest}` dans la page, et "
                          "il ne reste rien à publier",
    "publish.changes": "{parts:each: ; }",
    "publish.changes/sections": "{lang:language} : {sections:each:, }",
    "publish.changes/formatting": "{lang:language} : en-tête ou mise en forme seulement",
    "publish.changes/not-published": "{lang:language} : absent de la version publiée",
    "publish.changes/not-in-clone": "{lang:language} : le commit {commit} du texte publié n'est pas dans ce clone",
    "publish.changes/not-utf8": "{lang:language} : pas en UTF-8 (octet {byte})",
    "publish.changes/none": "aucune section ne diffère",
    "archive.part/title": "titre",
    "archive.part/introduction": "introduction",
    "archive.part/added": "{section} (nouvelle)",
    "archive.part/removed": "{section} (supprimée)",
    "archive.part/merged": "{section} (fusionnée avec {other})",
    "archive.part/split": "{section} (détachée {other})",
    "archive.partner/into-numbered": "le {section}",
    "archive.partner/into-titled": "la section « {title} »",
    "archive.partner/into-untitled": "une section sans titre",
    "archive.partner/off-numbered": "du {section}",
    "archive.partner/off-titled": "de la section « {title} »",
    "archive.partner/off-untitled": "d'une section sans titre",
    "archive.part/renumbered": "{section} (renumérotée)",
    "archive.part/renumbered-changed": "{section} (renumérotée, texte modifié)",
    "archive.part/moved": "{section} (déplacée)",
    "archive.part/moved-changed": "{section} (déplacée, texte modifié)",
    "publish.republished": "la version {version} est déjà publiée avec un autre texte ({changes:said}) : une version "
                           "publiée ne change jamais ; donnez une nouvelle date au nouveau texte (le {soonest:date} au "
                           "plus tôt), avec `change: editorial` et un `summary:` disant ce qui a été corrigé si la "
                           "correction ne modifie les droits de personne (une coquille, une formulation : aucun "
                           "préavis n'est nécessaire) : la version {version} reste telle que les lecteurs l'ont lue, "
                           "et la page des modifications de la nouvelle version montre la correction",
    "publish.republished/after-newest": "la version {version} est déjà publiée avec un autre texte ({changes:said}) : "
                                        "une version publiée ne change jamais ; donnez une nouvelle date au nouveau "
                                        "texte (le {soonest:date} au plus tôt, après le {newest:date}, la dernière "
                                        "version publiée), avec `change: editorial` et un `summary:` disant ce qui a "
                                        "été corrigé si la correction ne modifie les droits de personne (une coquille, "
                                        "une formulation : aucun préavis n'est nécessaire) : la version {version} "
                                        "reste telle que les lecteurs l'ont lue, et la page des modifications de la "
                                        "nouvelle version montre la correction",
    "publish.republished/language-added": "la version {version} est déjà publiée sans {count:form:ce texte|ces "
                                          "textes} ({changes:said}) : une version publiée ne change jamais, et une "
                                          "langue rejoint le site avec une nouvelle version : donnez aux pages de "
                                          "toutes les langues une même nouvelle date (le {soonest:date} au plus tôt), "
                                          "que leur texte change ou non ; la version {version} reste telle que les "
                                          "lecteurs l'ont lue",
    "publish.republished/ahead": "la version {version} est déjà publiée avec un autre texte ({changes:said}) : une "
                                 "version publiée ne change jamais ; donnez une nouvelle date au nouveau texte, après "
                                 "le {version:date} : la version {version} est publiée à l'avance et entre en vigueur "
                                 "le {version:date} telle que publiée ; un texte corrigé daté au plus tôt du "
                                 "{soonest:date} la remplace à partir de ce jour",
    "publish.late": "la version {version} est publiée pour la première fois aujourd'hui, {today:date}, après sa date : "
                    "l'archive indique désormais qu'elle est en vigueur depuis le {day:date}, alors que le site "
                    "affichait la version {in_force} ; si ce texte n'était pas public depuis le {day:date}, datez le "
                    "nouveau texte du {today:date} ou plus tard",
    "publish.late/no-notice": "{version} : une modification substantielle entre en vigueur le jour même de sa "
                              "publication, sans préavis (publiez-la {notice_days:plural:jour|jours} à l'avance avec "
                              "announced:, ou indiquez `change: editorial` si elle ne modifie les droits de "
                              "personne)",
    "publish.late/announced": "{version} : announced: {announced:iso} indique qu'elle a été annoncée, mais le site ne "
                              "l'a jamais affichée avant sa date : la page d'historique et le flux font état d'une "
                              "annonce que personne n'a pu lire (retirez announced: d'un texte publié à sa date ou "
                              "après)",
    "publish.not-postponed": "la version {version} reprend les termes de la version {other}, publiée avant sa date : "
                             "publier la version {version} ne la reporte pas ; la version {other} prend quand même "
                             "effet le {other:date} (une version publiée demeure) et reste en vigueur jusqu'au "
                             "{eve:date} inclus",
    "publish.latest-moved": "latest est désormais la version {current}, en vigueur le {today:date} ({moved} : "
                            "versions.json et latest/ réécrits)",
    "publish.listing-put-back": "{path} : modifié à la main sur {branch} (commit {commit} « {subject} ») : ce n'est "
                                "pas la liste des versions que la publication écrit d'après les relevés de "
                                "publication, que lit le menu des versions ; réécrit tel que la publication l'écrit "
                                "(`git log {branch} -- {path}` montre cette modification)",
    "publish.archive-put-back": "{path} : modifié à la main sur {branch} (commit {commit} « {subject} ») : une page "
                                "de l'archive que la publication écrit d'après les relevés de publication ; réécrit "
                                "tel que la publication l'écrit (`git log {branch} -- {path}` montre cette "
                                "modification)",
    "publish.latest-put-back/changed": "{path} : modifié à la main sur {branch} depuis sa publication : {folder} est "
                                       "réécrit, copie de la version en vigueur (`git log {branch} -- {path}` montre "
                                       "cette modification)",
    "publish.latest-put-back/added": "{path} : ajouté à la main sur {branch} depuis sa publication : {folder} est "
                                     "réécrit, copie de la version en vigueur (`git log {branch} -- {path}` montre "
                                     "cet ajout)",
    "publish.latest-put-back/removed": "{path} : supprimé à la main sur {branch} depuis sa publication : {folder} est "
                                       "réécrit, copie de la version en vigueur (`git log {branch} -- {path}` montre "
                                       "cette suppression)",
    "publish.rebuilt-put-back": "{path} : {what:said}, à la suite d'une modification à la main de {branch} depuis sa "
                                "publication : la reconstruction a remis la version telle que sa source la donne "
                                "(`git log {branch} -- {path}` montre cette modification)",
    # --- what the checks read against what the site's renderer builds (rendering.py, render.*) ------------------
    "render.front-matter": "MkDocs, qui construit la page, ne peut pas lire l'en-tête ({problem}) : il le publierait "
                           "comme premiers mots de la page, qu'aucune vérification ne lit, et la page perdrait sa "
                           "date ; écrivez chaque champ sous la forme `clé: valeur` sur sa ligne, et une date qui "
                           "existe",
    "render.cells": "cette ligne du tableau compte {cells} cellules et son en-tête {header} : la page n'affiche que "
                    "les {header} premières et omet « {dropped} » ; ajoutez la colonne à l'en-tête (et à sa ligne "
                    "---), ou supprimez la cellule",
    "render.tight-heading": "« {line} » est un titre sur la page publiée et un paragraphe pour les vérifications : "
                            "mettez une espace après le # pour un titre, ou écrivez \\# pour du texte",
    "render.nested": "la page est trop profondément imbriquée pour le moteur de rendu du site : imbriquez moins ses "
                     "listes et ses mises en valeur",
    "render.deep/emphasis": "{depth:number} marques de mise en valeur (* ou _) ou plus à la suite : trop d'imbrication "
                            "pour le moteur de rendu du site ; écrivez-le simplement",
    "render.pasted-bullets": "cette ligne commence par « {mark} », une puce collée depuis un traitement de texte, "
                             "sous une autre ligne du même paragraphe : la page les enchaîne sur une seule ligne "
                             "(« {shown} ») ; faites de chacune un élément de liste, `- ` en début de ligne, avec une "
                             "ligne vide avant la liste",
    "render.deep/list": "{depth:number} marques de liste ou plus sur une même ligne : trop d'imbrication pour le "
                        "moteur de rendu du site ; écrivez-le simplement",
    "render.deep/quote": "{depth:number} marques de citation (>) ou plus sur une même ligne : trop d'imbrication pour "
                         "le moteur de rendu du site ; écrivez-le simplement",
    "render.long-reference": "une référence de caractère plus longue que celle de tout caractère (&#…; de 8 chiffres "
                             "ou plus) : écrivez le caractère lui-même",
    "render.unclosed": "{count:number} « [ », « ( » ou « < » qui ne ferment rien dans un même paragraphe (plus de "
                       "{most:number}) : le moteur de rendu du site y passerait des heures ; écrivez-les comme du "
                       "texte ou scindez le paragraphe",
    "render.unclosed/page": "{count:number} « [ », « ( » ou « < » qui ne ferment rien dans la page (plus de "
                            "{most:number}) : le moteur de rendu du site y passerait des heures",
    "render.brackets": "des crochets imbriqués sur plus de {nesting:number} niveaux, ou plus de {most:number} accents "
                       "graves, dans un même paragraphe : le moteur de rendu du site y passerait des heures ; "
                       "écrivez-les comme du texte",
    "render.inline-marks": "plus de {most:number} « & », « < », « * », « _ », « ` », « [ », « \\ » ou sauts de ligne "
                           "dans un même paragraphe : le moteur de rendu du site y passerait des minutes ; scindez le "
                           "paragraphe ou écrivez-le simplement",
    "render.list-item": "cet élément de liste n'est pas un élément de liste sur la page publiée : laissez une ligne "
                        "vide avant la liste",
    "render.list-zero": "cette liste numérotée commence à 0 : la page numérote ses éléments à partir de 0, le PDF les "
                        "afficherait comme des puces ; numérotez-la à partir de 1",
    "render.list-nested": "cet élément de liste est imbriqué dans le texte mais pas sur la page publiée : décalez-le "
                          "de quatre espaces sous l'élément auquel il appartient",
    "render.table-row": "cette ligne de tableau n'est pas une ligne de tableau sur la page publiée : laissez une "
                        "ligne vide avant le tableau, et donnez-lui sa ligne d'en-tête",
    "render.note": "« [{label}]: … » est une note écrite comme une définition de lien, que la page ne lirait pas "
                   "comme les vérifications : supprimez-la (une note destinée à l'équipe a sa place dans le message "
                   "du commit ou dans la pull request)",
    "render.definition": "la définition de lien [{label}] est lue d'une façon par les vérifications et d'une autre "
                         "par la page (un titre sur plusieurs lignes, ou une définition juste sous la ligne d'un "
                         "paragraphe) : écrivez le lien en entier là où il est employé, [mots](adresse)",
    "render.link": "la page ferait de « {text} » un lien vers {href}, que les vérifications ne lisent pas ici comme "
                   "un lien : écrivez le lien sous la forme [mots](adresse), l'adresse sans espace ni barre oblique "
                   "inverse, rien après son titre",
    "render.backslash": "une barre oblique inverse termine cette ligne : les vérifications lisent un saut de ligne, "
                        "la page afficherait la barre oblique inverse ; terminez plutôt la ligne par deux espaces",
    "render.footnote": "« [{label}]: {href} » est une note de bas de page, que le site n'affiche pas : la page "
                       "n'afficherait pas ses mots et ferait de « {label} » un lien vers eux comme vers une adresse ; "
                       "écrivez la note comme un paragraphe distinct (« 1. … » ou « (1) … » sous le texte) et son "
                       "appel comme du texte simple",
    "render.footnote/shown": "« {note} » est une note de bas de page, que le site n'affiche pas comme telle : la "
                             "page montrerait cette ligne telle qu'elle est écrite, et « {mark} » là où le texte "
                             "l'appelle ; écrivez la note comme un paragraphe distinct (« (1) … » sous le texte) et "
                             "son appel comme du texte simple, « (1) »",
    "render.footnote/mark": "« {mark} » est l'appel d'une note de bas de page, que le site n'affiche pas comme tel, "
                            "et aucune ligne de la page n'écrit sa note (« {mark}: … ») : la page, son PDF et les "
                            "comparaisons le montreraient tel qu'il est écrit, sans renvoi ; écrivez l'appel comme du "
                            "texte simple, « (1) », et la note comme un paragraphe distinct sous le texte",
    "editorial.tooltip": "<{tag}> « {shown} » a le titre « {title} » : des mots que la page ne montre que lorsqu'un "
                         "pointeur s'y pose, jamais sur un téléphone, sur papier, dans le PDF ni dans les "
                         "modifications, et qu'elle ne montre nulle part ailleurs ; le lecteur n'est lié que par ce "
                         "qui est montré : écrivez-les dans le texte, ou faites du titre les mots qu'il porte, ou ce "
                         "que signifie l'abréviation qu'ils contiennent",
    "render.toc": "« [TOC] » seul dans un paragraphe : la page afficherait ici une table des matières qu'aucune "
                  "vérification, aucun comparatif ni aucun PDF ne lit ; supprimez-le (le site affiche le sommaire de "
                  "la page à côté)",
    "render.row-words": "cette ligne de tableau affiche sur la page d'autres mots que ceux que lisent les "
                        "vérifications (du code contenant |, ou plus de cellules que l'en-tête) : écrivez le | d'une "
                        "cellule hors du code, sous la forme \\|, et autant de cellules que l'en-tête",
    "render.words-shown": "la page afficherait ici « {words} », qu'aucune vérification ne lit (une référence de "
                          "caractère sans son « ; », des mots après ``` ou ~~~ sur une ligne : le site n'affiche pas "
                          "de bloc de code) : écrivez-le comme du texte simple",
    "render.words-hidden": "les vérifications lisent ici « {words} », que la page n'afficherait pas (un commentaire "
                           "HTML, un \\ devant une balise…) : supprimez-le, ou écrivez-le comme du texte simple",
    "said.as-is": "{text:said}",
    "said.finding": "{path}:{line}: {mark}[{rule}] {text:said}",
    "said.detail": "\n    en anglais, selon {tool} : {text}",
    "said.detail/own": "\n    {text:said}",
    # --- `policy verify`'s last line -------------------------------------------------------------------------
    "verify.problems": "{count:plural:problème|problèmes} sur {branch} : l'archive n'est plus telle qu'elle a été "
                       "publiée (chacun est indiqué ci-dessus)",
    "verify.unrebuilt": "{branch} : {versions} : non {count:form:reconstruite|reconstruites}, {count:form:son commit "
                        "source absent|leurs commits source absents} de ce clone superficiel : rien ne prouve que "
                        "{count:form:ses|leurs} pages sont ce que la publication a construit à partir de "
                        "{count:form:son|leur} texte ; récupérez tout l'historique (`git fetch --unshallow` ; sur "
                        "GitHub Actions, `fetch-depth: 0` dans actions/checkout) et vérifiez de nouveau",
    "verify.unrebuilt/previous": "{branch} : {version} : non reconstruite : sa page des modifications la compare à "
                                 "{before}, dont le texte (commit {commit}) n'est pas dans ce clone : rien ne prouve "
                                 "que ses pages sont ce que la publication a construit ; {advice:said} et vérifiez de "
                                 "nouveau",
    "verify.ok": "{branch} : {files:plural:fichier|fichiers} de {versions:plural:version|versions} "
                 "{files:form:conforme|conformes} au relevé de publication ; {archive_files:plural:fichier|fichiers} "
                 "des pages d'historique, de comparaison et du flux {archive_files:form:conforme|conformes} aux "
                 "relevés de publication ; {rebuilt:plural:version reconstruite|versions reconstruites} à partir de "
                 "{rebuilt:form:son|leur} commit source, {rebuilt:form:identique|identiques} octet pour octet à la "
                 "publication ; chaque fichier est justifié et chaque page passe le contrôle de sortie",
    "verify.ok/none-rebuilt": "{branch} : {files:plural:fichier|fichiers} de {versions:plural:version|versions} "
                              "{files:form:conforme|conformes} au relevé de publication ; "
                              "{archive_files:plural:fichier|fichiers} des pages d'historique, de comparaison et du "
                              "flux {archive_files:form:conforme|conformes} aux relevés de publication ; chaque "
                              "fichier est justifié et chaque page passe le contrôle de sortie",
    "verify.ok/kept": "{branch} : {files:plural:fichier|fichiers} de {versions:plural:version|versions} "
                      "{files:form:conforme|conformes} au relevé de publication ; "
                      "{archive_files:plural:fichier|fichiers} des pages d'historique, de comparaison et du flux "
                      "{archive_files:form:conforme|conformes} aux relevés de publication ; {rebuilt:plural:version "
                      "reconstruite|versions reconstruites} à partir de {rebuilt:form:son|leur} commit source, "
                      "{rebuilt:form:identique|identiques} octet pour octet à la publication ({kept:plural:PDF|PDF} à "
                      "clé inchangée {kept:form:repris tel|repris tels} que {kept:form:publié|publiés} : --print-pdfs "
                      "{kept:form:l'imprime|les imprime}) ; chaque fichier est justifié et chaque page passe le "
                      "contrôle de sortie",
    "verify.ok/empty": "{branch} : rien n'est encore publié (aucune version) : il n'y a rien à vérifier",
    # --- `policy verify`'s problem lines and notes (verify.py) --------------------------------------------------
    "manifest.missing": "manquant (inscrit au relevé de publication, absent de la branche)",
    "manifest.added": "ajouté (présent sur la branche, absent du relevé de publication)",
    "manifest.changed": "modifié (empreinte enregistrée {recorded}…, de la branche {actual}…)",
    "manifest.unsafe": "refusé par le contrôle de sortie : {found:said}{more:opt: (et %s de plus)}",
    "publish.unsafe-served": "{files:each}{more:opt: (et %s de plus)} : sur {branch}, et le prochain commit le "
                             "servirait sur le site : chaque page qu'une commande reporte passe par le contrôle de "
                             "sortie, quel que soit son auteur et quoi que dise son relevé de publication (le sujet "
                             "d'un commit, chacun peut l'écrire) ; annulez cette modification sur la branche (`git log "
                             "{branch} -- <chemin>` la montre), ou reconstruisez toutes les versions (`policy history "
                             "--rebuild`). Rien n'a été publié.",
    "publish.above-root": "refusé : la page nomme « {url} », qu'un navigateur lit sur l'hôte du site hors de son "
                          "dossier {root} (un autre site du même hôte, que la Content-Security-Policy de la page lui "
                          "laisse charger comme le sien) ; la publication n'écrit que des adresses du site",
    "publish.xml-above-root": "refusé : un fichier XML (un flux, un plan de site) qui nomme « {url} », qu'un lecteur "
                              "de flux ou un moteur de recherche lit sur l'hôte du site hors de son dossier {root} (un "
                              "autre site du même hôte, montré ou suivi comme le sien) ; la publication n'écrit que "
                              "des adresses du site",
    "publish.xml-page": "refusé : un navigateur ouvre ce fichier en XML, où il lit ce que l'analyseur HTML de la "
                        "vérification de sortie ne lit pas (le fichier {why:said}) ; la publication ne sert que des "
                        "images qui dessinent",
    "publish.pdf-active": "refusé : un PDF contenant « {what} » (« ? » : aucun qu'une visionneuse lise tel "
                          "qu'imprimé), que la visionneuse du lecteur exécute, envoie ou ouvre en plus d'en montrer "
                          "les pages (celle de Chromium exécute les scripts d'un PDF) ; la publication n'en imprime "
                          "aucun",
    "publish.pdf-link": "refusé : un PDF dont le lien « {what} » montre les mots d'une autre adresse que celle où il "
                        "mène (ou aucun mot qu'une vérification ait lu : aucun élément de structure /Link ne le "
                        "nomme) ; la publication imprime un lien sous sa propre adresse ou sous des mots qui n'en "
                        "nomment aucune",
    "publish.pdf-hover": "refusé : des modifications dont la ligne des mots affichés au survol « {what} » dit des "
                         "mots que le document n'imprime nulle part, ou des caractères qui ne dessinent rien : les "
                         "modifications n'y disent que les titres du texte, qui disent des mots que sa page montre",
    "publish.docx-active": "refusé : un document Word contenant « {what} » (« ? » : aucun que Word ouvre tel "
                           "qu'écrit), que Word charge, exécute ou importe dès qu'un lecteur l'ouvre (un modèle "
                           "distant, un champ, une macro, un objet), ou une police qu'il embarque, dont les glyphes "
                           "peuvent dessiner d'autres mots que son texte, ou des mots qu'un lien ne montre qu'au "
                           "survol (une info-bulle), ou des mots qu'il montre autrement qu'écrits ou qu'il cache "
                           "(texte masqué, une couleur, une taille, une police ou un espacement à lui, le caractère "
                           "d'une police de symboles, des mots remplacés par des données à l'ouverture, des mots dans"
                           " un autre ordre qu'écrits : un forçage bidirectionnel, un texte posé de droite à gauche "
                           "dans un document écrit de gauche à droite), ou des mots à côté de son texte (un en-tête "
                           "ou un pied de page, une note, le titre ou la liste d'un contrôle de contenu, un dessin ou "
                           "une zone de texte, un cadre flottant, un ruby, une balise active ou un élément XML "
                           "personnalisé, un contenu que chaque application lit à sa façon, un "
                           "commentaire en marge de son texte disant autre chose que les cibles des liens et les mots "
                           "au survol du comparatif), ou une mise en page qui met des mots hors de vue (un retrait "
                           "hors de la page, des lignes d'une hauteur infime dessinées les unes sur les autres, une "
                           "ligne de tableau réduite à rien, une page de la taille d'un timbre) ; la publication n'en "
                           "écrit aucun",
    "publish.pdf-private": "refusé : un PDF dont les métadonnées contiennent « {what} » (« ? » : aucun qu'une "
                           "visionneuse lise tel qu'imprimé), qui dit qui l'a fait ou où (un auteur, les chemins "
                           "d'une machine, l'historique de ses modifications) ; l'impression ne dit que son titre, sa "
                           "langue, ses dates et le programme qui l'a faite",
    "publish.pdf-unread": "refusé : un PDF qui dessine des mots hors du contenu propre de ses pages, page « {what} » "
                          "(son numéro, puis le dessin (XObject), le motif, le glyphe Type 3, le masque ou l'apparence "
                          "d'annotation qui les dessine, et comment, ou une police Type 3, dont les glyphes dessinent "
                          "n'importe quelle forme sous la lettre que nomme sa table ; « ? » : aucun qu'une "
                          "visionneuse lise tel qu'imprimé), là où aucune vérification ne les lit ; l'impression "
                          "dessine chaque mot dans le contenu de ses pages, avec les polices vectorielles qu'elle "
                          "embarque",
    "publish.pdf-hidden": "refusé : un PDF qui dessine des mots que son lecteur ne peut pas voir, page « {what} » "
                          "(son numéro, le nom de la police, puis comment : `off-page`, hors de sa zone visible, "
                          "`clip`, coupés par un tracé de détourage, `covered by f`, recouverts ensuite par un "
                          "remplissage, un trait large ou de la couleur du papier, une image, un dessin ou un dégradé, "
                          "ou `speck`, dessinés trop petits pour être lus ; « ? » : aucun qu'une visionneuse lise tel "
                          "qu'imprimé), alors qu'une recherche, un copier, un lecteur d'écran et les vérifications les "
                          "lisent ; l'impression dessine chaque mot sur sa page, sans détourage, sans rien par-dessus "
                          "et lisible",
    "publish.pdf-font": "refusé : un PDF qui dessine avec une police autrement que l'impression, page « {what} » (son "
                        "numéro, le nom de la police, puis quoi : un glyphe dont le contour n'est pas celui de sa "
                        "fonte pour le texte que nomme sa table, `code ≠ 'texte'`, un glyphe dessiné sous un code que "
                        "sa table omet, `code unmapped`, des mots dessinés invisibles, `3 Tr`, de la couleur du "
                        "papier, `fill 1`, ou transparents, `/ca 0`, une fonte que l'impression n'a pas, une police "
                        "non embarquée, ou d'un autre type ; « ? » : aucun qu'une visionneuse lise tel qu'imprimé) : "
                        "un lecteur voit d'autres mots que ceux que lisent une recherche, un copier, un lecteur "
                        "d'écran et les vérifications. L'impression embarque un sous-ensemble des fontes qu'elle "
                        "porte, de celles fixées pour les écritures et de `extra.policy.pdf_fonts` ; un PDF imprimé "
                        "avec une police retirée depuis de ce dossier est refusé tant qu'elle n'y est pas revenue",
    "publish.docx-private": "refusé : un document Word dont les propriétés contiennent « {what} » (« ? » : aucun que "
                            "Word ouvre tel qu'écrit), qui dit qui l'a fait ou où (le dernier à l'enregistrer, la "
                            "société et le chemin du modèle de l'Office d'une machine, des identifiants de révision, "
                            "un autre auteur) ; le comparatif ne dit que son titre, la société comme auteur, sa langue "
                            "et sa date",
    "publish.feed-elsewhere": "refusé : un flux JSON Feed qui nomme « {url} », l'adresse d'un script ou une adresse "
                              "hors du site, qu'un lecteur de flux suit, télécharge ou affiche comme celle du site ; "
                              "la publication n'écrit aucun flux JSON Feed : retirez le fichier de la branche (`git "
                              "log <branche> -- <chemin>` montre le commit qui l'a ajouté)",
    "publish.root-elsewhere": "refusé : une page qui envoie les lecteurs vers le texte en vigueur (la racine du site, "
                              "celle d'une langue) mène à « {url} » à la place (celle de la publication mène à "
                              "{target}) : `policy publish` la réécrit",
    "publish.xml-elsewhere": "refusé : un fichier XML (un flux, un plan de site) qui nomme « {url} », l'adresse d'un "
                             "script ou une adresse hors du site, qu'un lecteur de flux ou un moteur de recherche suit "
                             "comme celle du site ; la publication n'écrit que des adresses de {host} ; le fichier "
                             "d'une version peut nommer l'ancienne adresse du site (son adresse publique, "
                             "`extra.policy.public_url`, avant son changement) tant qu'il contient les octets que son "
                             "relevé de publication enregistre, publiés depuis un commit de l'historique du commit en "
                             "cours (HEAD) qui nomme cette adresse : un fichier qui ne le fait pas (une version "
                             "publiée depuis un commit réécrit depuis) est réécrit avec {host} par `policy history "
                             "--rebuild`",
    "publish.meta-elsewhere": "refusé : la balise <meta {meta}> de la page donne « {url} », hors du site, qu'un "
                              "robot d'aperçu de liens (d'une messagerie, d'un réseau social) ou un moteur de "
                              "recherche télécharge ou suit comme appartenant au site quand la page est lue ou "
                              "partagée : cet hôte est interrogé pour l'aperçu de chaque lecteur qui la partage ; la "
                              "publication n'écrit que des adresses de {host}",
    "publish.page-elsewhere": "refusé : la page donne « {url} », l'adresse d'un script ou une adresse hors du site, "
                              "comme son adresse canonique ou l'une de ses variantes (une autre langue, son flux), "
                              "qu'un moteur de recherche ou un lecteur de flux prend pour une page du site ; la "
                              "publication n'écrit que des adresses de {host} ; la page d'une version peut nommer "
                              "l'ancienne adresse du site tant qu'elle contient les octets que son relevé de "
                              "publication enregistre (comme un fichier XML) : reconstruisez toutes les versions "
                              "(`policy history --rebuild`)",
    "publish.active-xml": "refusé : un fichier XML contenant « {what} », qu'un navigateur qui l'ouvre exécute comme "
                          "une page (ses scripts et gestionnaires, sans Content-Security-Policy) ; la publication "
                          "n'écrit que des plans de site et des flux, qui n'en contiennent aucun",
    "publish.search-separator": "refusé : le séparateur « {pattern} » de l'index de recherche est un motif que le "
                                "thème exécute dans la page de chaque lecteur qui cherche ; la recherche de Material "
                                "écrit une seule classe de caractères, répétée (`[\\s\\-]+`)",
    "publish.json-markup": "refusé : les scripts du thème afficheraient « {what} » comme du balisage dans les pages du "
                           "site (un résultat de recherche, le titre d'une version), ce que la publication n'écrit "
                           "jamais ; la branche seule ne peut s'en porter garante : retirez-le, ou reconstruisez "
                           "toutes les versions (`policy history --rebuild`)",
    "publish.carried": "{found:each:, }{more} : sur la branche, et écrits par aucune publication (aucun relevé de "
                       "publication ni aucune règle n'en rend compte) : ajoutés à la main, et le prochain commit les "
                       "reporterait sur le site sans vérification ; retirez-les dans un commit de la branche (`git log "
                       "<branch> -- <chemin>` montre qui a ajouté chacun ; `policy verify` nomme chaque différence). "
                       "Rien n'a été publié.",
    "publish.detached": "publié depuis le commit en cours (HEAD, {commit}) « {subject} » du {day:date}, qui n'est "
                        "sur aucune branche (un commit extrait seul) : pas le dernier commit de {source}, qui va plus "
                        "loin ; pour publier celui-ci, extrayez {source} et publiez de nouveau",
    "publish.detached/tip": "publié depuis le commit en cours (HEAD, {commit}) « {subject} » du {day:date}, qui n'est "
                            "sur aucune branche (un commit extrait seul) : le dernier commit de {source}",
    "publish.detached/unknown": "publié depuis le commit en cours (HEAD, {commit}) « {subject} » du {day:date}, qui "
                                "n'est sur aucune branche (un commit extrait seul) ; aucune branche de publication du "
                                "site n'est ici pour dire s'il en est le dernier commit",
    "publish.carried-brought": "refusé : {brought:each: ; }{besides} ; le prochain commit reporterait ces fichiers sur "
                               "le site sans vérification. Rien n'a été publié.",
    "publish.carried-brought/others": " ; en outre, {found:each:, }{more} : sur la branche, et écrits par aucune "
                                      "publication : ajoutés à la main, retirez-les dans un commit de la branche",
    "publish.carried/merge": "{count:plural:fichier|fichiers} de la branche non {count:form:écrit|écrits} par la "
                             "publication ({paths}{more}) {count:form:est venu|sont venus} avec son commit {commit} "
                             "« {subject} » du {day:date}, une fusion d'une autre branche dans {branch} (main "
                             "fusionnée dans l'archive par erreur ?) : annulez cette fusion sur la branche (`git "
                             "revert -m 1 {commit}` dans une copie de travail de {branch}), puis publiez de nouveau",
    "publish.carried/commit": "{count:plural:fichier|fichiers} de la branche non {count:form:écrit|écrits} par la "
                              "publication ({paths}{more}) {count:form:a été ajouté|ont été ajoutés} par son commit "
                              "{commit} « {subject} » du {day:date}, qui n'est pas celui d'une publication : "
                              "{count:form:retirez-le|retirez-les} par un commit de {branch} (`git revert {commit}` "
                              "annule ce commit en entier), puis publiez de nouveau",
    "publish.carried/link": "{path} (un lien symbolique)",
    "publish.carried/submodule": "{path} (un sous-module)",
    "publish.carried/cname": "CNAME (nomme {named!r}, et non {host!r}, l'hôte de l'adresse publique du site "
                             "(`extra.policy.public_url`) : GitHub Pages enverrait là les lecteurs du site)",
    "publish.carried/robots": "{path} (pas tel que la publication l'écrit : des règles propres à l'entreprise, que "
                              "la publication suivante remplacerait ou supprimerait sans un mot ; un robot "
                              "d'indexation ne lit que le robots.txt de la racine de l'hôte : gardez-y ces règles)",
    "publish.carried/nojekyll": "{path} (contient des mots : la publication l'écrit vide, seulement pour dire à "
                                "GitHub Pages de ne pas lancer Jekyll, et un hébergeur sert ce qu'il contient)",
    "publish.carried/shared-list": "{path} (liste d'autres fichiers que ceux d'après lesquels le dossier {folder}/ est "
                                   "nommé : modifié à la main)",
    "publish.in-force-edited": "{found:each: ; }{more} : la version en vigueur n'est pas telle que publiée (modifiée à "
                               "la main sur la branche), et latest/ en serait réécrit comme une copie : annulez cette "
                               "modification sur la branche (`policy verify` nomme chaque différence), ou "
                               "reconstruisez toutes les versions (`policy history --rebuild`). Rien n'a été publié.",
    "export.changed-since": "{path} : modifié depuis {commit}, le plus récent des commits de la publication, par un "
                            "commit qui n'en est pas un (`git log {commit}.. -- {path}` le montre)",
    "gate.changed-after": "{path} : modifié après avoir été jugé ; rien n'en est publié",
    "gate.exceptions-yaml": "{file} : illisible : {error}",
    "gate.exceptions-list": "{file} : une liste d'entrées `- commit: <id>` et `reason: <why>` est attendue",
    "gate.exceptions-entry": "{file} : l'entrée {n} demande `commit: <id>` et `reason: <why>`",
    "gate.exceptions-not-id": "{file} : entrée {n} : {commit!r} n'est pas l'identifiant d'un commit (7 à 64 "
                              "caractères hexadécimaux) : un nom ou `HEAD~1` désignerait demain un autre commit",
    "gate.exceptions-unknown": "{file} : entrée {n} : {commit!r} ne désigne aucun commit de ce dépôt (donnez au moins "
                               "7 caractères de son identifiant)",
    "gate.exceptions-unknown/shallow": "{file} : entrée {n} : {commit!r} ne désigne aucun commit de ce dépôt ni de "
                                       "l'historique de ce clone superficiel : `git fetch --unshallow` récupère le "
                                       "reste (donnez au moins 7 caractères de son identifiant)",
    "refuse.another-site": "{branch} contient {count:plural:fichier|fichiers} et aucune version publiée ({files}"
                           "{more}) : {count:form:celui|ceux} d'un autre site ? L'archive serait écrite par-dessus et "
                           "à côté (`policy verify` refuse chaque fichier que la publication n'a pas écrit) : gardez "
                           "ce site sur une branche à lui (`git branch -m {branch} old-site`), ou retirez ses fichiers "
                           "dans un commit de {branch}. Rien n'a été publié.",
    "refuse.pages-by-hand": "{files}{more} : sur {branch}, à côté des versions, ajoutés par le commit {commit} "
                            "« {subject} », qui n'est pas une publication (`mike deploy` à la main ?) : la publication "
                            "écrit de nouveau les pages à côté des versions et les retirerait du site sans rien dire "
                            "(`policy verify` nomme chacun). Gardez-les sur une branche à eux, ou retirez-les dans un "
                            "commit de {branch} (`git log {branch} -- <chemin>` montre qui a ajouté chacun), puis "
                            "relancez la commande. Rien n'a été publié.",
    "refuse.another-site/mike": "{branch} contient des versions déployées par mike seul, sans relevé de publication de "
                                "ce générateur ({versions:each}) : rien n'indique le commit à partir duquel chacune a "
                                "été construite ni qu'elle a passé les vérifications, la publication ne peut donc pas "
                                "les reprendre dans l'archive. Gardez-les sur une branche à elles (`git branch -m "
                                "{branch} mike-pages`), puis lancez `policy history` : il publie de nouveau chaque "
                                "version datée de l'historique à partir de son commit, avec le relevé de publication "
                                "qui le prouve (`git diff mike-pages {branch}` montre ce qui a changé). Rien n'a été "
                                "publié.",
    "refuse.unfetched": "ce clone ne récupère que d'autres branches de {remote} (créé avec --single-branch) : la "
                        "branche {branch} de {remote}, l'archive publiée s'il en a une, n'est pas ici, et publier "
                        "commencerait une autre archive à côté d'elle. Récupérez-la d'abord : `git remote set-branches "
                        "--add {remote} {branch}` puis `git fetch {remote}` (ou publiez avec --push, qui lit la "
                        "branche {branch} de {remote}) ; rien n'a été publié",
    "refuse.branch-name": "-b {branch!r} : n'est pas un nom pour la branche de l'archive (un nom de branche à elle, "
                          "comme gh-pages, et non `HEAD`, un chemin de référence ou la branche d'un dépôt distant) ; "
                          "rien n'a été publié",
    "refuse.source-branch": "le commit en cours (HEAD) est sur la branche {current}, et le site publie depuis "
                            "{source} : une version "
                            "publiée depuis une branche pas encore fusionnée ne peut plus être retirée une fois "
                            "annoncée. Fusionnez-la dans {source} et publiez depuis celle-ci, ou, pour publier "
                            "depuis {current} à dessein : `--from {current}` (ou `publish_from: {current}` sous "
                            "`extra.policy` dans mkdocs.yml) ; rien n'a été publié",
    "refuse.source-branch/detached": "le commit en cours (HEAD, {commit}) n'est sur aucune branche, et la branche "
                                     "depuis laquelle "
                                     "le site publie, {source}, ne le contient pas : une version publiée depuis un "
                                     "commit pas fusionné ne peut plus être retirée une fois annoncée. Extrayez "
                                     "{source} et publiez depuis celle-ci, ou nommez une branche à dessein avec "
                                     "`--from BRANCHE` ; rien n'a été publié",
    "refuse.checked-out": "la branche de l'archive, {branch}, est extraite dans {where} : la publication la "
                          "déplacerait sous la copie de ses fichiers dans ce dossier ; {way:said} ; rien n'a été "
                          "publié",
    "refuse.checked-out/prune": "ce dossier n'existe plus : `git worktree prune` l'oublie",
    "refuse.checked-out/here": "extrayez ici la branche de la politique, ou publiez sur une branche à elle, comme "
                               "gh-pages",
    "refuse.checked-out/worktree": "fermez d'abord la copie de ce dossier (`git worktree remove {path}`)",
    "publish.script-unvouched": "refusé : un script ou une feuille de style que ni le thème installé ni les "
                                "overrides/ de la branche source ne contiennent (une page peut charger tout fichier de "
                                "l'origine du site) ; la branche seule ne peut les garantir : retirez-le, ou "
                                "reconstruisez toutes les versions (`policy history --rebuild`)",
    "publish.pages-unchecked": "lecture de {count:number} pages de la branche par le contrôle de sortie : aucune "
                               "commande sur cette machine ne les a vues passer (un clone neuf) ; chacune est gardée "
                               "dans {folder} une fois passée, et n'est plus relue",
    "verify.file": "{path} : {what:said}",
    "verify.file/by-hand": "{path} : {what:said} : {branch} a été modifiée à la main depuis sa publication (`git "
                           "log {branch} -- {path}` montre cette modification) ; `policy history --rebuild` remet la "
                           "version telle que sa source la donne",
    "verify.folder/by-hand": "{folder} : absent, avec {count:plural:fichier|fichiers} que son relevé de "
                             "publication liste : {branch} a été modifiée à la main depuis sa publication (`git log "
                             "{branch} -- {folder}` montre cette modification) ; `policy history --rebuild` remet la "
                             "version telle que sa source la donne",
    "verify.shared-list-invalid": "{path} : n'est pas une liste valide de fichiers de thème partagés",
    "verify.shared-list-edited": "{path} : ce ne sont pas les octets que la publication écrit pour ce contenu (modifié "
                                 "sur la branche ; remettez celui que la publication a écrit, `git revert` du commit "
                                 "qui l'a modifié)",
    "verify.manifest-unreadable": "{path} : {error:said}",
    "verify.manifest-describes": "{path} : décrit la version {version}",
    "verify.manifest-edited": "{path} : ce ne sont pas les octets que la publication écrit pour ce contenu (modifié "
                              "sur la branche : un relevé de publication est la preuve de ce qui a été publié ; "
                              "remettez celui que la publication a écrit, `git revert` du commit qui l'a modifié)",
    "verify.source-gone": "{folder} : la source {path} au commit {commit} n'est pas dans ce dépôt, un clone complet : "
                          "l'historique à partir duquel elle a été publiée a été réécrit, ou le relevé de publication "
                          "nomme un commit qui n'a jamais existé ; {way:said}",
    "verify.source-unfetched": "{folder} : la source {path} au commit {commit} n'est pas dans ce clone : {version} a "
                               "été publiée depuis un autre clone ({remote}/{branch} la contient, la branche locale "
                               "{branch} non) et son commit n'est pas récupéré : `git fetch {remote}` le récupère si "
                               "ce clone a poussé sa branche {head} (puis `git merge {remote}/{head}`) ; sinon "
                               "récupérez-le de ce clone (`git fetch <ce clone> {full}`)",
    "verify.source-unfetched/fetched": "{folder} : la source {path} au commit {commit} n'est pas dans ce clone : "
                                       "{version} a été publiée depuis un autre clone et est arrivée ici avec "
                                       "{remote}/{branch} (la branche locale {branch} y a été déplacée depuis ; ce "
                                       "clone ne l'a jamais publiée) et son commit n'est pas récupéré : `git fetch "
                                       "{remote}` le récupère si ce clone a poussé sa branche {head} (puis `git merge "
                                       "{remote}/{head}`) ; sinon récupérez-le de ce clone (`git fetch <ce clone> "
                                       "{full}`)",
    "verify.rewritten/lost": "son texte ne figure à aucun commit de l'historique : la version ne peut pas être prouvée "
                             "à partir de sa source tant que le commit n'est pas récupéré d'un clone qui l'a encore "
                             "(`git fetch <ce clone> {commit}`)",
    "verify.rewritten/found": "le même texte figure au commit {commit} : `policy history --rebuild` le publie de "
                              "nouveau à partir de là (dès lors qu'aucun texte publié de l'archive n'est perdu)",
    "verify.rewritten/other-lost": "le même texte figure au commit {commit}, mais le texte publié d'une autre langue "
                                   "est perdu",
    "verify.source-shallow": "{folder} : la source {path} au commit {commit} n'est pas dans ce clone (superficiel) : "
                             "non revérifiée",
    "verify.source-digest": "{folder} : la source {path} au commit {commit} ne correspond pas à l'empreinte de son "
                            "relevé de publication",
    "verify.stray-version": "{folder} : présent sur {branch} mais dans aucun relevé de publication",
    "verify.a-version": "une version",
    "verify.as-of": "{branch} : telle qu'au {written:date}, date de sa dernière écriture ; "
                    "{moved:else:verify.a-version} est entrée en vigueur depuis : `policy history` déplace {latest}/ "
                    "et réécrit versions.json et les pages de l'archive",
    "verify.shallow": "ce clone est superficiel : ce que seul l'historique complet montre n'a pas été vérifié (une "
                      "version retirée de {branch}, la preuve par {branch} de la date de publication de chaque texte, "
                      "un aperçu qui y aurait été mis) : `git fetch --unshallow` puis vérifiez de nouveau",
    "verify.history-unchecked": "l'historique de {branch} n'a pas été vérifié (versions retirées, preuve de la date de "
                                "publication de chaque texte) : un relevé de publication de son dernier commit est "
                                "illisible",
    "verify.detached": "le commit en cours (HEAD) est {head}, sur aucune branche (détaché) : les textes des branches "
                       "qui le contiennent ({names}) sont pris pour les siens, y compris un éventuel aperçu de l'une "
                       "d'elles ; extrayez la branche à partir de laquelle le site est publié pour vérifier par "
                       "rapport à elle seule",
    "verify.edit/changed": "modifié",
    "verify.edit/added": "ajouté",
    "verify.edit/missing": "manquant",
    "verify.latest-edited": "{path} : {what:said}, alors que {latest} est une copie de {current} telle que publiée, la "
                            "version en vigueur aujourd'hui (modifié sur la branche : `policy history` le réécrit)",
    "verify.latest-other": "{latest} : copie d'une autre version que {current}, la version en vigueur aujourd'hui "
                           "(`policy history` le déplace)",
    "verify.versions-json": "{path} : ne liste pas exactement les versions des relevés de publication à ce jour, de la "
                            "plus récente à la plus ancienne, avec {latest} sur {current}, la version en vigueur "
                            "(`policy history` le réécrit)",
    "verify.recent": "{path} : ne reprend pas les premières entrées de {listing} à ce jour (`policy history` le "
                     "réécrit)",
    "verify.executable": "{path} : exécutable (mode {mode}), ce que la publication n'écrit jamais : un serveur web "
                         "pourrait l'exécuter comme un programme (CGI, XBitHack d'Apache) ; annulez le commit qui l'a "
                         "rendu tel (`git log --summary <branch> -- {path}` l'indique)",
    "verify.link": "{path} : un lien symbolique ou un sous-module : la publication n'écrit ni l'un ni l'autre",
    "verify.root-page": "index.html : n'est pas la redirection que la publication écrit (vers {target})",
    "verify.nojekyll-not-empty": ".nojekyll : n'est pas vide",
    "verify.cname": "CNAME : nomme un autre hôte que celui de l'adresse publique du site (`extra.policy.public_url`), "
                    "{host} : GitHub Pages servirait l'archive à une autre adresse",
    "verify.unaccounted": "{path} : présent sur la branche mais non écrit par la publication (aucun relevé de "
                          "publication ni aucune règle n'en rend compte)",
    "verify.unaccounted/added": "{path} : présent sur la branche mais non écrit par la publication (aucun relevé de "
                                "publication ni aucune règle n'en rend compte) : ajouté par son commit {commit} "
                                "« {subject} » du {day:date}, qui n'est pas celui d'une publication ; retirez-le par "
                                "un commit de {branch} (`git rm` dans une copie de travail de {branch}), puis vérifiez "
                                "de nouveau",
    "verify.unaccounted/merge": "{count:plural:fichier|fichiers} de la branche non {count:form:écrit|écrits} par la "
                                "publication ({paths}{more}) {count:form:est venu|sont venus} avec son commit "
                                "{commit} « {subject} » du {day:date}, une fusion d'une autre branche dans {branch} "
                                "(main fusionnée dans l'archive par erreur ?) : annulez cette fusion sur la branche "
                                "(`git revert -m 1 {commit}` dans une copie de travail de {branch}), puis vérifiez "
                                "de nouveau",
    "verify.unaccounted/commit": "{count:plural:fichier|fichiers} de la branche non {count:form:écrit|écrits} par la "
                                 "publication ({paths}{more}) {count:form:a été ajouté|ont été ajoutés} par son "
                                 "commit {commit} « {subject} » du {day:date}, qui n'est pas celui d'une "
                                 "publication : {count:form:retirez-le|retirez-les} par un commit de {branch} (`git "
                                 "revert {commit}` annule ce commit en entier), puis vérifiez de nouveau",
    "verify.language-dropped": "{code}/ : {count:plural:fichier|fichiers} en {code:language}, une langue des "
                               "versions publiées que la configuration n'a plus : configurez-la de nouveau (une "
                               "langue, une fois publiée, fait partie de toutes les versions suivantes)",
    "verify.root-page-missing": "index.html : manquant (la publication l'écrit : la page racine du site, qui renvoie "
                                "les lecteurs vers {target} ; `policy history` le réécrit)",
    "verify.nojekyll-missing": ".nojekyll : manquant (la publication l'écrit : sans lui, GitHub Pages applique Jekyll "
                               "à l'archive et omet tout fichier dont le nom commence par _)",
    "verify.text-missing": "{path} : « {text} » de sa source ({source} au commit {commit}) ne figure pas sur la page : "
                           "la page a été modifiée",
    "verify.words-added": "{path} : affiche des mots que sa source ({source} au commit {commit}) n'a pas : "
                          "« {words} » : la page a été modifiée",
    "verify.export-not-json": "{path} : n'est pas du JSON",
    "verify.export-edited": "{path} : son texte n'est pas celui de sa source (modifié sur la branche)",
    "verify.not-rebuilt": "{version} : son commit {commit} n'est pas dans ce clone : non reconstruite",
    "verify.after-dropped": "{codes:languages:code} : publié, et absent de la configuration (voir ci-dessus) : les "
                            "pages construites à partir de la configuration (la page racine, les plans du site, les "
                            "pages d'historique, de comparaison, « at » et d'adresse introuvable de chaque langue, "
                            "dont le menu liste les langues) ne sont pas comparées avant qu'elle soit de nouveau "
                            "configurée",
    "verify.after-dropped/waiting": "{versions} : datées dans l'historique et pas encore sur {branch} : la "
                                    "publication refuse toute nouvelle version tant qu'une langue publiée n'est pas "
                                    "configurée (voir ci-dessus) ; une fois configurée de nouveau, `policy history` "
                                    "les publie",
    "verify.another-site/mike": "{branch} contient des versions déployées par mike seul, sans relevé de publication de "
                                "ce générateur ({versions:each}) : ce n'est pas une archive qu'il a publiée, rien ne "
                                "peut donc y être vérifié (chaque fichier serait une différence). Gardez-les sur une "
                                "branche à elles (`git branch -m {branch} mike-pages`), puis lancez `policy history` : "
                                "il publie de nouveau chaque version datée de l'historique à partir de son commit, "
                                "avec le relevé de publication qui le prouve, et `policy verify` le vérifie",
    "verify.another-site": "{branch} contient {count:plural:fichier|fichiers} et aucune version publiée ({files}"
                           "{more}) : {count:form:celui|ceux} d'un autre site ? Ce n'est pas une archive que ce "
                           "générateur a publiée, rien ne peut donc y être vérifié (chaque fichier serait une "
                           "différence) : gardez ce site sur une branche à lui (`git branch -m {branch} old-site`), "
                           "puis lancez `policy history` et vérifiez ce qu'il publie",
    "verify.after-gone": "{branch} n'a pas {gone} (voir ci-dessus) : son archive a été réécrite (un "
                         "force-push, une modification à la main) ; ses listes et les pages de l'archive{later:opt:, "
                         "ainsi que les pages de %s, publiées après et construites avec elle,} ne sont pas comparées "
                         "avant qu'elle soit restaurée : restaurez {branch} à partir d'une copie qui l'a encore (dans "
                         "ce clone, `git push --force origin {branch}`), puis vérifiez de nouveau",
    "verify.not-rebuilt/previous": "{version} : non reconstruite : sa page des modifications la compare à la "
                                   "version {before}, dont le commit {commit} n'est pas dans ce clone",
    "verify.other-generator": "{version} : construite avec un autre générateur ou thème que celui d'aujourd'hui et que "
                              "celui de son commit {commit} : non reconstruite (`policy history --rebuild` reconstruit "
                              "chaque version avec celui d'aujourd'hui) ; son texte a été vérifié par rapport à sa "
                              "source",
    "verify.rebuild-refused": "{version} : reconstruite à partir de son commit {commit}, elle est refusée par les "
                              "vérifications ({count:plural:problème|problèmes}) : {findings:each}{more:opt: ; et %s "
                              "autres}",
    "verify.shared-differs": "{path} : diffère d'une reconstruction du commit source {commit} de la version {version}",
    "verify.language-removed": "{path} : ne nomme aucun texte en {lang:language}, alors que son commit source "
                               "{commit} en a un (retiré de la branche avec ses fichiers ? les lecteurs en "
                               "{lang:language} seraient renvoyés vers un texte plus ancien présenté comme celui en "
                               "vigueur)",
    "verify.rebuilt-missing": "{path} : absent de la branche, alors qu'une reconstruction de son commit source "
                              "{commit} le produit (supprimé sur la branche, avec ou sans son entrée au relevé de "
                              "publication : `git log {branch} -- {path}` montre cette modification) ; `policy history "
                              "--rebuild` remet la version telle que sa source la donne",
    "verify.rebuilt-differs": "{path} : diffère d'une reconstruction de son commit source {commit} (modifié sur la "
                              "branche, avec ou sans son relevé de publication : `git log {branch} -- {path}` montre "
                              "cette modification) ; `policy history --rebuild` remet la version telle que sa source "
                              "la donne",
    "verify.rebuilt-added": "{path} : n'est pas produit par une reconstruction de son commit source {commit} (ajouté "
                            "sur la branche, avec ou sans son relevé de publication : `git log {branch} -- {path}` "
                            "montre cette modification) ; `policy history --rebuild` remet la version telle que sa "
                            "source la donne",
    "verify.changes-edited": "{path} : les modifications qu'il inscrit en {lang:language} (nature, résumé, "
                             "sections, annonce) diffèrent de celles de son commit source {commit} (modifiées sur la "
                             "branche : la page d'historique et le flux les affichent)",
    "verify.archive-missing": "{folder} : les pages d'historique, de comparaison et du flux sont manquantes (publiées "
                              "avant leur existence ?) : `policy history` les construit",
    "verify.archive-page-missing": "{path} : manquant (une des pages de l'archive, que `policy history` reconstruit)",
    "verify.archive-page-added": "{path} : ajouté (ni dans une version ni parmi les pages de l'archive)",
    "verify.renamed": "{items:each: ; } ; les pages de l'archive et la page racine sont comparées à ce que "
                      "`policy history` écrit une fois le code remis",
    "verify.archive-page-differs": "{path} : diffère des pages de l'archive que donnent les relevés de publication "
                                   "(modifié, ou construit avec un autre thème : `policy history` les reconstruit)",
    "verify.root-404": "{path} : diffère de {copy}, la page des adresses introuvables (`policy history` la "
                       "reconstruit)",
    "verify.root-404/missing": "{path} : manquante : c'est une copie de {copy}, la page des adresses introuvables "
                               "(`policy history` la reconstruit)",
    # --- `policy export` (export_site.py) ----------------------------------------------------------------------
    "export.done": "{branch} exportée dans {target}",
    "export.not-archive": "{wrong:said} ; rien n'a été écrit",
    "export.linked": "{path} : un lien symbolique (ou à l'intérieur d'un lien) dans le projet : l'export serait écrit "
                     "là où il pointe ; supprimez le lien, ou exportez dans un dossier à part",
    "export.holds-project": "{path} : pas un dossier où exporter (il contient le projet ou son dépôt) ; choisissez un "
                            "nouveau dossier, comme public/ dans le projet",
    "export.in-sources": "{path} : pas un dossier où exporter (il se trouve dans le .git du dépôt ou dans les textes "
                         "de la politique, {texts}) ; choisissez un nouveau dossier, comme public/ dans le projet",
    "export.unwritable": "{path} : ne peut pas être écrit ({reason:said}) : rien n'a été exporté ; choisissez un "
                         "dossier où vous pouvez écrire, comme public/ dans le projet",
    # --- ce que YAML a trouvé d'erroné (messages.yaml_reason) ----------------------------------------------------
    "yaml.mapping-values": "une valeur de champ (après « : ») n'est pas permise ici",
    "yaml.sequence-entries": "un élément de liste (« - ») n'est pas permis ici",
    "yaml.mapping-keys": "une clé (« ? ») n'est pas permise ici",
    "yaml.character": "le caractère « {char} » ne peut commencer aucune valeur",
    "yaml.colon": "le « : » attendu après la clé est introuvable",
    "yaml.end": "fin du texte inattendue",
    "yaml.escape": "caractère d'échappement inconnu « {char} »",
    "yaml.documents": "un seul document était attendu, mais un autre le suit",
    "yaml.tag": "l'étiquette « {tag} » n'est pas de celles qui se lisent",
    "yaml.expected": "attendu : {expected} ; trouvé : {found}",
    "yaml.token/block-end": "la fin du bloc",
    "yaml.token/scalar": "une valeur",
    "yaml.token/block-mapping-start": "un bloc de champs",
    "yaml.token/block-sequence-start": "une liste",
    "yaml.token/block-entry": "un élément de liste (« - »)",
    "yaml.token/document-start": "le début du document (---)",
    "yaml.token/stream-end": "la fin du texte",
    "yaml.token/key": "une clé",
    "yaml.token/value": "une valeur de champ (« : »)",
    "yaml.token/flow-mapping-end": "l'accolade fermante « }} »",
    "yaml.token/flow-sequence-end": "le crochet fermant « ] »",
    "yaml.token/either": "« {one} » ou « {other} »",
    "yaml.token/the-node-content": "une valeur",
    "yaml.character/unnamed": "un caractère ne peut commencer aucune valeur",
    "yaml.escape/unnamed": "caractère d'échappement inconnu",
    "yaml.tab": "une tabulation là où l'indentation attend des espaces",
    "yaml.not-found": "élément attendu introuvable ici : {expected}",
    "yaml.not-found/key": "élément attendu introuvable ici : une clé",
    "yaml.not-found/node-content": "élément attendu introuvable ici : une valeur",
    "yaml.mapping-values/context": "une valeur de champ (après « : ») n'est pas permise ici",
    "yaml.sequence-entries/context": "un élément de liste (« - ») n'est pas permis ici",
    "yaml.mapping-keys/context": "une clé (« ? ») n'est pas permise ici",
    "yaml.control": "caractère {code} refusé : les caractères de contrôle ne sont pas permis",
    "yaml.aliases": "les alias (*nom) ne sont pas permis",
    "yaml.nested": "imbriqué sur plus de {most:number} niveaux",
    "yaml.key-twice": "la clé « {key} » est donnée deux fois",
    "yaml.key-twice/first": "la clé « {key} » est donnée deux fois, d'abord à la ligne {first} : gardez celle "
                            "voulue et supprimez l'autre (la construction prendrait celle-ci sans rien dire)",
    "yaml.key-word": "une clé doit être un mot, pas {kind}",
    "yaml.number-long": "un nombre trop long pour être lu ({digits:number} chiffres)",
    "yaml.other": "{text}",
    "toml.statement": "une ligne qui n'est ni `clé = valeur` ni un en-tête `[table]`",
    "toml.equals": "le « = » attendu après la clé est introuvable",
    "toml.header": "un en-tête de table sans son crochet fermant : `[table]`, `[[liste]]`",
    "toml.expected": "« {char} » attendu ici",
    "toml.character": "caractère « {char} » inattendu",
    "toml.twice": "une clé ou une table donnée deux fois : ne donnez chacune qu'une fois",
    "toml.key": "une clé ne peut commencer par ce caractère : écrivez-la entre guillemets, `\"clé\" = …`",
    "toml.unclosed": "une liste `[ ]` ou une table en ligne `{{ }}` non fermée",
    "toml.escape": "un échappement `\\` invalide dans une chaîne : écrivez `\\\\` pour une barre oblique inverse, ou "
                   "employez des 'apostrophes'",
    "toml.string": "une chaîne dont le guillemet fermant manque sur sa ligne (`\"\"\"` ouvre une chaîne de "
                   "plusieurs lignes)",
    "toml.control": "un caractère de contrôle dans une chaîne : écrivez-le échappé, `\\t`, `\\u0000`",
    "toml.date": "une date qui n'existe pas ou n'est pas écrite AAAA-MM-JJ",
    "toml.value": "une valeur illisible : écrivez un texte entre guillemets, `clé = \"texte\"`",
    "yaml.at": "{problem} (ligne {line}, colonne {column})",
    "os.missing": "fichier ou dossier introuvable",
    "os.in-the-way": "un fichier se trouve là où son chemin demande un dossier",
    "os.denied": "permission refusée",
    "os.read-only": "le système de fichiers est en lecture seule",
    "os.full": "plus d'espace libre sur le disque",
    "os.other": "{text}",
    "file.not-zip": "le fichier n'est pas une archive zip, ou l'archive est endommagée, tronquée lors d'un "
                    "téléchargement ou d'une copie",
    "file.zip-method": "une partie de l'archive est compressée ou chiffrée d'une façon qui ne se lit pas (seules les "
                       "parties stockées telles quelles ou compressées en Deflate, bzip2 ou LZMA se lisent)",
    "file.zip64": "l'archive demande les extensions ZIP64 sans les déclarer",
    "file.xml": "XML mal formé à la ligne {line}, colonne {column}",
    "file.json": "JSON mal formé à la ligne {line}, colonne {column}",
    "file.encoding": "pas en UTF-8, octet 0x{byte} à la position {position:number}",
    "export.not-a-folder": "{path} : existe et n'est pas un dossier : choisissez un nouveau dossier, comme public/",
    "export.edited": "{files:each}{more:opt: (et %s de plus)} : sur {branch} tel qu'aucune publication ne l'a "
                     "écrit (modifié à la main sur "
                     "la branche) : rien n'a été exporté ; annulez cette modification sur la branche (`policy verify` "
                     "nomme chaque différence), ou reconstruisez toutes les versions (`policy history --rebuild`)",
    "export.listing-edited": "n'est pas la liste des versions que la publication écrit à partir des relevés de "
                             "publication (leurs dates, leurs titres, la version en vigueur) : modifiée sur la branche "
                             "; le menu des versions la lit",
    "export.not-empty": "{path} : n'est ni vide ni un export précédent (il ne contient pas {marker}) : rien n'a été "
                        "écrit ; choisissez un dossier nouveau ou vide",
    # --- `policy upgrade` (upgrade.py) -------------------------------------------------------------------------
    "upgrade.updated": "mis à jour : {path}",
    "upgrade.added": "ajouté : {path}",
    "upgrade.regenerated": "mis à jour : {path} : tel que le policy init de ce générateur l'écrit (c'était celui d'un "
                           "générateur antérieur)",
    "upgrade.generated-kept": "{path} : laissé tel quel : il n'est tel qu'aucun policy init ne l'a écrit "
                              "({count:plural:différence|différences} avec ce qu'il a écrit) : la ligne {line} "
                              "porte `{theirs}` là où policy init a écrit `{ours}` ; reportez ses changements à la "
                              "main",
    "upgrade.generated-kept/added": "{path} : laissé tel quel : il n'est tel qu'aucun policy init ne l'a écrit "
                                    "({count:plural:différence|différences} avec ce qu'il a écrit) : la ligne "
                                    "{line} porte `{theirs}`, que policy init n'a pas écrit ; reportez ses "
                                    "changements à la main",
    "upgrade.generated-kept/lacks": "{path} : laissé tel quel : il n'est tel qu'aucun policy init ne l'a écrit "
                                    "({count:plural:différence|différences} avec ce qu'il a écrit) : à la ligne "
                                    "{line}, policy init a écrit `{ours}`, qui y manque ; reportez ses changements à "
                                    "la main",
    "upgrade.removed": "supprimé : {path}",
    "upgrade.rescheduled": "reprogrammé : {path} : la tâche quotidienne s'exécute désormais {when:said}",
    "upgrade.daily": "à {time} UTC",
    "upgrade.daily/zone": "à {time} UTC, soit 00:23 en {zone} (heure d'hiver)",
    "upgrade.themed": "{count:plural:fichier|fichiers} de hooks/ et overrides/ {count:form:est|sont} désormais "
                      "{count:form:celui|ceux} de ce générateur : relisez-{count:form:le|les} avec git diff (une "
                      "couleur ou une police à vous dans policy.css : remettez-la), puis lancez policy check, et "
                      "enregistrez un commit",
    "upgrade.current": "hooks/ et overrides/ contiennent déjà les fichiers de ce générateur",
    "upgrade.current/generated": "hooks/ et overrides/ contiennent déjà les fichiers de ce générateur : relisez les "
                                 "fichiers mis à jour avec git diff, puis enregistrez-les dans un commit",
    "upgrade.current/schedule": "hooks/ et overrides/ contiennent déjà les fichiers de ce générateur ; enregistrez la "
                                "nouvelle programmation dans un commit",
    "upgrade.rebuild": "puis `policy history --rebuild` : il fait passer les versions publiées au thème de ce "
                       "générateur (`policy verify` juge leurs pages selon celui-ci)",
    "upgrade.late-schedule": "{workflow} : la tâche quotidienne (`cron: \"{cron}\"`, en UTC) s'exécute à {first} UTC, "
                             "des heures après l'entrée en vigueur d'une version à 00:00 : `latest` change avec ce "
                             "retard ; programmez-la peu après minuit, comme le fait le générateur : `{line}`",
    "upgrade.late-schedule/zone": "{workflow} : la tâche quotidienne (`cron: \"{cron}\"`, en UTC) s'exécute à {first} "
                                  "en {zone}, des heures après l'entrée en vigueur d'une version à 00:00 : `latest` "
                                  "change avec ce retard ; programmez-la peu après minuit, comme le fait le "
                                  "générateur : `{line}`",
    "upgrade.late-schedule/two": "{workflow} : la tâche quotidienne (`cron: \"{cron}\"`, en UTC) s'exécute à {first} "
                                 "et à {second} UTC, des heures après l'entrée en vigueur d'une version à 00:00 : "
                                 "`latest` change avec ce retard ; programmez-la peu après minuit, comme le fait le "
                                 "générateur : `{line}`",
    "upgrade.late-schedule/two/zone": "{workflow} : la tâche quotidienne (`cron: \"{cron}\"`, en UTC) s'exécute à "
                                      "{first} et à {second} en {zone}, des heures après l'entrée en vigueur d'une "
                                      "version à 00:00 : `latest` change avec ce retard ; programmez-la peu après "
                                      "minuit, comme le fait le générateur : `{line}`",
    "upgrade.uncommitted": "{paths} : non {count:form:enregistré|enregistrés} dans un commit : policy upgrade remplace "
                           "des fichiers de hooks/ et overrides/, et ce qu'il remplace doit rester dans git ; "
                           "{count:form:enregistrez-le (ou mettez-le|enregistrez-les (ou mettez-les} de côté avec git "
                           "stash) d'abord. Rien n'a été écrit",
    "upgrade.not-a-file": "{path} : n'est pas un fichier : supprimez-le et relancez policy upgrade",
    "upgrade.nothing-written": "{error:said}. Rien n'a été écrit",
    "upgrade.linked": "{path} : un lien symbolique : policy upgrade n'écrit que dans les dossiers du site lui-même ; "
                      "faites-en un dossier",
    # --- `policy init` (init.py) ------------------------------------------------------------------------------
    "init.note-theme": "{code:language} ({code}) : Material n'a pas de textes d'interface propres à cette langue ; le "
                       "site utilise ceux en {base:language} (overrides/partials/languages/{code}.html)",
    "init.note-search": "{code:language} ({code}) : la recherche de Material n'a pas de racinisation pour cette "
                        "langue ; elle utilise son réglage par défaut pour la langue ({default})",
    "init.note-search/refused": "{code:language} ({code}) : Material fournit une racinisation de recherche pour cette "
                                "langue, mais son module de recherche refuse `lang: {code}` (la liste des langues "
                                "de recherche de MkDocs ne la contient pas) et chercherait en anglais, en ne le "
                                "disant qu'au niveau INFO : policy init n'écrit pas de lang pour elle, et la "
                                "recherche utilise son réglage par défaut pour la langue ({default})",
    "init.note-spelling": "{code:language} ({code}) : le contrôle orthographique n'a pas de dictionnaire pour cette "
                          "langue : policy check le signale (un avertissement) et vérifie tout le reste",
    "init.note-spelling/unfit": "{code:language} ({code}) : le dictionnaire du contrôle orthographique n'a pas les "
                                "mots courants de la langue (en persan : اطلاعات, می‌کنیم) : policy check nomme ceux "
                                "d'une page dans un seul avertissement, ne refuse aucun mot et vérifie tout le reste",
    "init.note-spelling/american": "{code:language} ({code}) : le contrôle orthographique le lit en anglais américain "
                                   "(organize, color) et signale l'orthographe britannique (organise, colour) : pour "
                                   "une politique en anglais britannique, créez le site avec en-GB (ou en-IE, en-AU…) "
                                   "dans --languages",
    "init.note-spelling/european": "{code:language} ({code}) : le contrôle orthographique le lit en portugais "
                                   "européen (contacto, registo) et signale l'orthographe brésilienne (contato, "
                                   "registro) : pour une politique en portugais brésilien, créez le site avec pt-BR "
                                   "dans --languages",
    "init.note-strings": "{code:language} ({code}) : les textes propres au site (avis de version, historique, "
                         "comparaison, PDF) n'ont pas de version en {code:language} et s'affichent en anglais : "
                         "src/policysite/locales/ contient un module par langue",
    "init.note-site-name": "{code:language} ({code}) : le nom du site (`site_name` : « {site} ») et la mention de "
                           "droits d'auteur (`copyright`) de {config} sont en anglais : mettez-y les mots de la "
                           "société en {code:language} (les pages les marquent comme anglais d'ici là)",
    "init.note-company-script": "{code:language} ({code}) : le nom de la société, « {company} », n'est pas écrit en "
                                "lettres {script:script}, que lisent ses lecteurs en {code:language}, et le nom du "
                                "site (`site_name`) et la mention de droits d'auteur (`copyright`) de {config} le "
                                "nomment ainsi sur chaque page en {code:language} : écrivez-y le nom que la société "
                                "utilise en {code:language} (README.md, « Before publishing »)",
    "init.note-pdf-font": "{code:language} ({code}) : les polices du PDF (celles du moteur d'impression) n'ont pas de "
                          "lettres {script:script} : chaque version est publiée sans son PDF tant que des fichiers de "
                          "police qui les contiennent ne sont pas dans un dossier indiqué comme dossier des polices "
                          "des PDF (`extra.policy.pdf_fonts`) (README.md, « Publishing »{tried:said}) ; ajoutez-les "
                          "avant le premier `make build` : une version publiée sans son PDF ne le reçoit que de "
                          "`policy history --rebuild`",
    "init.note-pdf-font/tried": " : {font} a été essayée et acceptée",
    "init.languages-empty": "--languages est vide : donnez des codes de langue séparés par des virgules, par exemple "
                            "--languages fr,en",
    "init.languages-code": "--languages : « {item} » n'est pas un code de langue tel que `fr`, `de` ou `pt-BR` (les "
                           "codes sont séparés par des virgules)",
    "init.languages-unknown": "--languages : « {item} » n'est pas une langue connue (par exemple `fr`, `de`, `pt-BR`, "
                              "`ja`)",
    "init.languages-twice": "--languages : {code} est donné deux fois",
    "init.company-empty": "--company est vide : donnez le nom de l'entreprise, par exemple --company \"Exemple SAS\"",
    "init.company-long": "--company : le nom dépasse {most:number} caractères",
    "init.branch": "--branch : « {branch} » n'est pas un nom de branche que git accepte (ni gh-pages, celle des "
                   "archives)",
    "init.docs-dir": "--docs-dir : « {docs} » n'est pas un dossier pour les textes : un chemin relatif fait de noms "
                     "simples (lettres, chiffres, - et _ : legal, politiques/confidentialite), aucun des autres "
                     "dossiers du site (`hooks`, `overrides`, `public` …)",
    "serve.serving": "Site servi sur {url} (Ctrl-C pour arrêter)",
    "serve.port": "impossible de servir sur 127.0.0.1:{port} : {reason:said} : servez sur un autre port ({command} "
                  "port=8001)",
    "serve.in-use": "un autre programme occupe ce port (un make serve ou make preview encore lancé ?)",
    "init.url": "--url : « {url} » n'est pas une adresse telle que https://www.example.com/confidentialite/",
    "init.no-generator": "les fichiers hooks/policy.py et overrides/ du générateur ne sont pas à côté de son paquet "
                         "(cherchés dans {root}) : policy init s'exécute depuis l'arborescence source du générateur, "
                         "installée avec pip install -e",
    "init.time-zone": "--time-zone : {error:said}",
    "init.not-empty": "{target} : n'est pas un dossier vide : policy init crée un nouveau site dans un dossier nouveau "
                      "ou vide uniquement, et n'y a rien écrit{found:each:}",
    "init.nested": "{target} : se trouve dans le dépôt git {outer} : policy init fait du site un dépôt git à part "
                   "entière, que {outer} montrerait comme un dossier non suivi sans jamais le contenir ; rien n'a été "
                   "écrit : donnez un dossier hors de ce dépôt, ou ajoutez --nested pour y créer le dépôt du site "
                   "malgré tout",
    "init.not-empty/file": " ; c'est un fichier, non un dossier",
    "init.not-empty/site": " ; il contient déjà un site de politique : `policy --root {target} upgrade` y apporte "
                           "les hooks/ et overrides/ de ce générateur",
    "init.not-empty/pages": " ; son dépôt git a une branche gh-pages, un site publié",
    "init.not-empty/over": " ; ses {names} seraient remplacés par ceux du nouveau site",
    "init.not-empty/new": " ; indiquez un nouveau dossier (policy init {folder} …), puis importez-y les "
                          "textes de celui-ci avec policy import (--git pour un texte conservé dans git)",
    "clock.zone": "{name} n'est pas un fuseau horaire : donnez son nom IANA, par exemple Europe/Paris, "
                  "America/New_York ou UTC",
    "init.language": "{code:language} ({code})",
    "init.language/authoritative": "{code:language} ({code}, langue qui fait foi)",
    "init.made": "{root} créé : le site de la politique de confidentialité {company:de}, en {names:each:, }",
    "init.settings": "  {configs} : réglages (`extra.policy` : société, langues, adresse {url})",
    "init.folders": "  {folders} : emplacement de la politique ({code} : {docs}/{code}/index.md), avec sa liste de "
                    "mots {words}",
    "init.folders/each": "  {folders} : emplacement de la politique ({code} : {docs}/{code}/index.md), chacun avec sa "
                         "liste de mots {words}",
    "init.theme": "  hooks/, overrides/ : les hooks et le thème du générateur ; Makefile, README.md, "
                  ".github/workflows/, .gitignore",
    "init.repository": "  un dépôt git sur {branch}, un commit {commit} « {subject} »",
    "init.commit": "Site de la politique de confidentialité {company:de}",
    "init.next-text": "ensuite : 1. le texte : policy --root {root} import --lang {code} FICHIERS-OU-DOSSIERS "
                      "(versions antérieures en Markdown, HTML ou Word, chaque nom de fichier portant sa date), ou "
                      "écrivez {docs}/{code}/index.md comme l'indique README.md et enregistrez-le dans un commit",
    "init.next-check": "      2. cd {root} && make check",
    "init.next-serve": "      3. make serve (chaque version datée sur http://127.0.0.1:8000/), ou make preview "
                       "pendant la rédaction",
    "init.before": "      avant de publier : POLICYSITE_SPEC dans .github/workflows/ (README.md, « Before "
                   "publishing »)",
    "init.before/generator": "      avant de publier : l'adresse du site (README.md, « Before publishing »)",
    "init.generator": "--generator : « {spec} » n'est pas une exigence pip sur une ligne, telle que « policysite @ "
                      "git+https://<host>/<owner>/policysite@<tag> » ou un dossier",
    "init.before/address": "      avant de publier : l'adresse du site et POLICYSITE_SPEC dans .github/workflows/ "
                           "(README.md, « Before publishing »)",
    # --- `policy import` (importer.py) ---------------------------------------------------------------------------
    "import.done": "{count:plural:modification enregistrée|modifications enregistrées} dans l'historique du site"
                   "{count:form:| (un commit chacune)}",
    "import.done/nothing": "rien de nouveau n'a été enregistré dans l'historique du site",
    "import.refused": "{count:plural:fichier non importé|fichiers non importés}, chacun indiqué ci-dessus : {names}",
    "import.several-documents": "ce site a plusieurs documents ({known}) : indiquez duquel relèvent ces textes avec "
                                "--document ID (rien n'a été importé)",
    "import.document-unknown": "{error} ; pour un document que le site n'a pas encore : ajoutez --new-document, qui le "
                               "déclare (rien n'a été importé)",
    "import.declared/title": "{files} : titre du document {document} en {lang:language}, « {title} », dans un commit "
                             "({sha})",
    "import.mixed-documents": "ces fichiers sont les versions de plusieurs documents, chacun nommé et intitulé "
                              "autrement ({groups}) : importez les fichiers de chaque document à part, un autre "
                              "document avec --document ID --new-document (une politique cookies : --document "
                              "cookies) ; les fichiers d'un même document renommé et réintitulé au fil des ans "
                              "s'importent en deux fois, les plus anciens d'abord (rien n'a été importé)",
    "import.text-language": "{count:plural:fichier n'est|fichiers ne sont} pas en {lang:language} : "
                             "{items:each: ; } (rien n'a été importé)",
    "import.text-language/item": "{name} est en {other:language} ({share:number} % de ses mots sont dans le "
                                 "dictionnaire {other:language}, {own:number} % dans le {lang:language}) : une "
                                 "traduction, et non une nouvelle version du texte en {lang:language} : retirez-le "
                                 "des fichiers donnés, et importez-le avec --lang {other}",
    "import.document-refused": "{error} (rien n'a été importé)",
    "import.new-document-id": "--new-document demande --document ID, l'identifiant du nouveau document (lettres "
                              "minuscules, chiffres, traits d'union : cookies) (rien n'a été importé)",
    "import.declared": "{files} : document {document} déclaré ({page}), intitulé « {title} » "
                       "({lang:language}), dans un commit ({sha})",
    "import.docx-numbering-xml": "sa numérotation des listes (word/numbering.xml) n'est pas du XML bien formé (ligne "
                                 "{line}, colonne {column} : {problem}) : enregistrez-le de nouveau depuis Word",
    "pdf.undated": "{where} : la page n'a pas de date à indiquer dans son PDF",
    "import.uncommitted": "des modifications de {paths} ne sont pas enregistrées dans un commit : enregistrez-les ou "
                          "mettez-les de côté (git stash) d'abord (rien n'a été importé)",
    "import.no-dated-text": "aucun texte daté trouvé : le nom de chaque fichier doit porter la date d'entrée en "
                            "vigueur du texte (privacy-2021-02-17.html) et finir comme un type de fichier que l'import "
                            "lit : {formats:each: ; }",
    "import.read-format": "{kind:said} ({suffixes})",
    "import.read-format/markdown": "Markdown",
    "import.read-format/html": "HTML",
    "import.read-format/docx": "Word",
    "import.read-format/odt": "OpenDocument",
    "import.read-format/office": "Word 97-2003, RTF et WordPerfect, par LibreOffice",
    "import.read-format/text": "texte brut",
    "import.read-format/data": "fichier de données d'un site",
    "import.committed-already": "{name} : la version du {date:date} est déjà enregistrée avec ce texte : rien à faire",
    "import.committed-already/other": "{name} : la version du {date:date} est déjà enregistrée avec un autre texte : "
                                      "non importé",
    "import.same-as-earlier": "{name} : le même texte que la version précédente, du {earlier:date} : rien à faire",
    "import.older": "{name} : non importé : le {date:date} est antérieur à la version enregistrée la plus récente, "
                    "du {newest:date} ; importez tous les textes antérieurs en une fois, avant tout texte postérieur",
    "import.future": "{name} : daté du {date:date}, après aujourd'hui ({today:date}) : pas encore en vigueur, il est "
                     "publié comme un nouveau texte, annoncé le jour où ce site l'affiche pour la première fois : "
                     "ajoutez `announced: {today:iso}` à son en-tête (le jour où vous le publiez ; une modification "
                     "substantielle exige un préavis de {days:plural:jour|jours} à partir de ce jour, une modification "
                     "rédactionnelle `change: editorial`), enregistrez un commit, puis publiez",
    "import.same-as-before": "{name} : le même texte que la version précédente : ignoré",
    "import.same-words": "{name} : les mêmes mots et liens que la version précédente, seulement écrits autrement "
                         "(gras, guillemets, espaces, retours à la ligne : sans doute une autre mise en page du "
                         "site) : ignoré, pas de nouvelle version",
    "import.authoritative-first": "importez d'abord la langue qui fait foi ({authoritative:language}) : chaque texte "
                                  "en {lang:language} est enregistré à côté de la version qu'il traduit",
    "import.committed": "{name} : texte en {lang:language} de la version du {version:date} enregistré "
                        "({sha}){notes:said}",
    "import.committed/from": "{name} : texte en {lang:language} en vigueur à partir du {day:date} enregistré "
                             "({sha}){notes:said}",
    "import.commit-refused": "{name} : git a refusé le commit du texte en {lang:language} de la version du "
                             "{version:date} : {detail} ; rien n'a été importé",
    "import.commit-refused/from": "{name} : git a refusé le commit du texte en {lang:language} en vigueur à partir "
                                  "du {day:date} : {detail} ; rien n'a été importé",
    # Les commits que `policy import` écrit dans l'historique du site, dans la langue du site (messages.of_site)
    "import.commit/version": "Import du texte en {name} de la version {version}",
    "import.commit/from": "Import du texte en {name} en vigueur à partir du {version:date}",
    "import.commit/source": "Source : {source}.",
    "import.commit/changed": "Modifié à l'import :",
    "import.commit/no-page": "Import : {version} n'a pas de page en {name}",
    "import.commit/no-page-why": "{sources} est daté du jour de la version suivante ou d'après : il traduit un texte "
                                 "postérieur.",
    "import.commit/words": "Import : {count:plural:mot|mots} du texte importé en {name} {count:form:absent|absents} "
                           "du dictionnaire {name}, {count:form:ajouté|ajoutés} à {path}",
    "import.commit/current": "Import : la version du {version:date} est le texte en vigueur",
    "import.word-list/intro": "Mots du texte importé par `policy import` absents du dictionnaire {name} : chacun "
                              "était public dans ce texte.",
    "import.word-list/review": "Relisez-les : une faute d'orthographe parmi eux est celle du texte, à corriger dans "
                               "une nouvelle version (puis à retirer d'ici).",
    "import.word-list/entry": "dans le texte importé, absent du dictionnaire {name}",
    "import.commit/declare": "Déclaration du document {document} ({page}) dans la liste des documents du site, pour "
                             "`policy import`",
    "import.commit/title": "Titre en {name} du document {document} dans la liste des documents du site, pour "
                           "`policy import`",
    "import.origin": "{path} au commit {commit} de {top}, commité le {committed:date} : {why}",
    "import.notes": "\n  {notes:each:\n  }",
    "import.note/line": "ligne {line} : {note:said}",
    "import.note/lines": "lignes {lines} et {last:said} : {note:said}",
    "import.note/markdown-line": "ligne {line} du Markdown : {note:said}",
    "import.note/markdown-lines": "lignes {lines} et {last:said} du Markdown : {note:said}",
    "import.note/more": "{count:number} {count:form:autre|autres}",
    "convert.first-heading-title": "le premier titre du texte, de niveau {level} et au-dessus de tous les autres, "
                                   "est son titre principal (#) ; ses autres titres remontent de "
                                   "{shift:plural:niveau|niveaux}",
    "convert.quoted": "« {words} »",
    "convert.quoted-list": "{quoted:each:, }{more:said}",
    "convert.and-more": " et {count:number} {count:form:autre|autres}",
    "convert.no-title": "le texte n'a pas de titre (son ancien site le tirait sans doute du modèle de sa page) : il "
                        "reçoit « {title} », le titre des autres textes de son fichier",
    "convert.control-words": "{count:plural:champ de formulaire montrant|champs de formulaire montrant} des mots "
                             "parmi le texte (un <textarea>, la valeur d'un champ de texte) {count:form:gardé|gardés} "
                             "comme les mots {count:form:qu'il montrait|qu'ils montraient} : {shown:said}",
    "convert.select-words": "{count:plural:liste déroulante|listes déroulantes} (<select>) "
                            "{count:form:gardée|gardées} comme les mots {count:form:qu'elle montre|qu'elles montrent}"
                            " : {shown:said}",
    "convert.select-words/others": "{count:plural:liste déroulante|listes déroulantes} (<select>) "
                                   "{count:form:gardée|gardées} comme les mots {count:form:qu'elle montre|qu'elles "
                                   "montrent} : {shown:said} ; les autres options, qu'un lecteur ne lit qu'en "
                                   "{count:form:l'ouvrant|les ouvrant}, laissées de côté : {others:said}",
    "convert.input-buttons": "retiré {count:plural:champ bouton|champs boutons} (<input type=submit>, d'un "
                             "formulaire) ({shown:said})",
    "convert.removed-elements": "retiré {count:plural:élément|éléments} <{tag}>",
    "convert.drawn-words": "<{tag}> parmi les mots (une formule, un mot dessiné) : gardé comme les mots qu'un lecteur "
                           "d'écran en dit, « {words} »",
    "convert.drawn-words/removed": "{count:plural:dessin seul|dessins seuls} (une icône, un logo, un graphique) "
                                   "{count:form:retiré|retirés}, avec {count:form:ses|leurs} mots : « {shown} »",
    "convert.buttons-in-text": "{count:plural:élément|éléments} <button> dans une phrase, qui {count:form:le|les} "
                               "nomme ({shown:said}), {count:form:gardé|gardés} comme texte",
    "convert.removed-buttons": "retiré {count:plural:élément|éléments} <button>",
    "convert.removed-buttons/said": "retiré {count:plural:élément|éléments} <button> ({shown:said})",
    "convert.struck": "omis {count:plural:passage barré|passages barrés} (~~…~~), qui ne {count:form:fait|font} plus "
                      "partie du texte : {shown:said} ; rétablissez ce qui est toujours en vigueur",
    "convert.struck/html": "omis {count:plural:passage barré|passages barrés}, {count:form:affiché|affichés} comme "
                           "{count:form:rayé|rayés} et qui ne {count:form:fait|font} donc plus partie du texte : "
                           "{shown:said} ; rétablissez ce qui est toujours en vigueur",
    "convert.bold-numbered": "{count:plural:paragraphe en gras commençant|paragraphes en gras commençant} par un "
                             "numéro de section {count:form:est devenu un titre|sont devenus des titres} de section "
                             "(le document n'a pas de styles de titre)",
    "convert.bold-numbered/line": "une ligne en gras commençant par un numéro de section est devenue un titre de "
                                  "section (le texte n'a pas d'autre titre)",
    "convert.bold-lines": "{count:plural:ligne en gras isolée|lignes en gras isolées} au-dessus de "
                          "{count:form:son|leur} texte {count:form:est devenue un titre|sont devenues des titres} de "
                          "section (le texte n'a aucun titre sous son titre principal) : "
                          "{count:form:vérifiez-la|vérifiez-les}",
    "convert.bold-lines/titled": "{count:plural:ligne en gras isolée|lignes en gras isolées} au-dessus de "
                                 "{count:form:son|leur} texte {count:form:est devenue un titre|sont devenues des "
                                 "titres} de section (le texte n'a aucun titre sous son titre principal), la première "
                                 "ligne étant le titre principal : {count:form:vérifiez-la|vérifiez-les}",
    "convert.one-heading-title": "le seul titre du texte, de niveau {level}, au-dessus de tous ses mots, est son "
                                 "titre principal (#), au-dessus des sections qu'ont données ses lignes en gras "
                                 "numérotées",
    "convert.bold-title": "le paragraphe en gras au-dessus de la première section est devenu le titre principal",
    "convert.title-outside-main": "le <h1> de la page, hors de son texte principal, a été conservé comme titre",
    "convert.archive-toolbar": "retiré la barre d'outils de l'archive du web",
    "convert.outside-main": "omis {count:plural:mot|mots} hors du contenu principal de la page (« {words}… ») : "
                            "{count:form:s'il fait|s'ils font} partie de la politique (une déclaration de cookies "
                            "affichée en dessous), importez une copie de la page qui {count:form:le|les} contient",
    "convert.outside-main/runs": "omis {count:plural:mot|mots} hors du contenu principal de la page, à "
                                 "{runs:number} endroits ({words:each:, }{more:opt:, et %s autres}) : "
                                 "{count:form:s'il fait|s'ils font} partie de la politique (une déclaration de "
                                 "cookies affichée en dessous), importez une copie de la page qui "
                                 "{count:form:le|les} contient",
    "convert.title-header": "le titre de la page, {title:said}, se trouve dans son <header> : conservé comme celui "
                            "du texte, avec ses lignes, sans ses liens vers d'autres pages",
    "convert.no-main-content": "la page ne marque aucun contenu principal : conservé son <body> sans son en-tête, sa "
                               "navigation, son pied de page ni ses encadrés",
    "convert.page-one-heading-title": "le seul titre de la page, un <{tag}> au-dessus de tous ses mots, est son titre "
                                      "principal (#)",
    "convert.word-first-heading-title": "le premier titre du document, au niveau de plan {top} au-dessus de tous "
                                        "les autres (aucun titre de niveau 1), est son titre principal (#) ; ses "
                                        "autres titres remontent de {shift:plural:niveau|niveaux}",
    "convert.page-first-heading-title": "le premier titre de la page, un <h{top}> au-dessus de tous les autres, est "
                                        "son titre principal (#) ; ses autres titres remontent de "
                                        "{shift:plural:niveau|niveaux}",
    "convert.consent-banner": "retiré le bandeau de consentement de la page (« {words} ») : les mots d'un "
                              "gestionnaire de consentement, pas ceux de la politique",
    "convert.consent-state": "retiré l'état du consentement du visiteur qu'un gestionnaire de consentement a "
                             "écrit dans la page ({words:each:, }) : celui de la personne qui l'a enregistrée, pas les "
                             "mots de la politique",
    "convert.in-page-links": "{count:plural:lien|liens} vers cette même page {count:form:est devenu un lien "
                             "interne|sont devenus des liens internes} (#…)",
    "convert.word-margins": "omis les mots des en-têtes et pieds de page du document (« {words} ») : une page web n'en "
                            "a pas ; écrivez dans le texte ce que la politique doit en garder (l'adresse d'une "
                            "société, une date)",
    "convert.docx-odt": "un texte OpenDocument (.odt) sous un nom en .docx : lu comme le texte OpenDocument qu'il est",
    "convert.odt-title": "le paragraphe du style Titre est le titre du document, ses titres un niveau en dessous",
    "convert.odt-numbered-headings": "le document numérote lui-même {count:plural:titre|titres} (par sa "
                                     "numérotation des chapitres ou d'une liste) : le numéro qu'il affiche est écrit "
                                     "au début de chacun (1. Titre) ; vérifiez les numéros des sections",
    "convert.odt-list-labels": "{count:plural:élément de liste numéroté|éléments de liste numérotés} a), i., 1.1, "
                               "Article 1 … plutôt que 1., 2. : chacun garde au début de son texte le numéro que le "
                               "document affiche",
    "convert.odt-hidden": "omis {count:plural:passage|passages} de texte que le document masque (texte, paragraphes "
                          "ou sections masqués : ni affichés ni imprimés)",
    "convert.odt-entity": "omis la référence d'entité {entity} à la ligne {line} de {part} : une référence XML que le "
                          "document déclare lui-même, que LibreOffice et Word n'écrivent jamais ; ce qu'elle "
                          "représentait n'est pas dans le texte",
    "convert.odt-comments": "omis {count:plural:commentaire|commentaires} de relecture du document",
    "convert.odt-tracked": "le document contient {count:plural:modification suivie|modifications suivies} : le "
                           "texte est lu avec les modifications acceptées (le texte supprimé est omis)",
    "convert.odt-indexes": "omis {count:plural:table des matières ou index|tables des matières ou index} que le "
                           "document génère à partir de ses titres",
    "convert.word-comments": "omis {count:plural:commentaire|commentaires} de relecture du document Word",
    "convert.office-renamed": "un document {actual} sous un nom en {extension} (ses premiers octets : « {first} ») : "
                              "lu comme le document {actual} qu'il est",
    "convert.office-converted": "lu comme le document Word (.docx) en lequel LibreOffice convertit le fichier "
                                "{extension} (`soffice --convert-to docx`) : comparez le Markdown au document",
    "convert.word-macros": "un document ou modèle prenant en charge les macros (.docm, .dotm) sous un nom en .docx : "
                           "son texte lu, ses macros omises, jamais exécutées",
    "convert.word-macros/named": "un document Word prenant en charge les macros (.docm) : son texte lu, ses macros "
                                 "omises, jamais exécutées",
    "convert.word-strict": "un document Word enregistré au format Strict Open XML : lu comme le document qu'il est au "
                           "format habituel de Word (sa numérotation, ses modifications suivies et son texte masqué "
                           "tels que Word les affiche)",
    "convert.word-macros/named-template": "un modèle Word prenant en charge les macros (.dotm) : son texte lu comme "
                                          "celui d'un document, ses macros omises, jamais exécutées",
    "convert.word-template/named": "un modèle Word (.dotx) : son texte lu comme celui d'un document",
    "convert.word-template": "un modèle Word (.dotx) sous un nom en .docx : son texte lu comme celui d'un document",
    "convert.word-tracked": "le document contient des modifications suivies ({insertions:plural:insertion|insertions}, "
                            "{deletions:plural:suppression|suppressions}) : lues comme acceptées",
    "convert.word-tracked-line": "modifications suivies du document pas encore acceptées, lues comme acceptées "
                                 "({changes:each: ; }) : vérifiez que c'est le texte qui était en vigueur",
    "convert.word-tracked-inserted": "ajouté {words:said}",
    "convert.word-tracked-deleted": "supprimé {words:said}",
    "convert.word-tracked-deleted-paragraph": "supprimé le paragraphe {words:said} au-dessus",
    "convert.word-tracked-deleted-last": "supprimé le paragraphe {words:said} à la fin du texte",
    "convert.word-tracked-deleted-row-above": "supprimé la ligne de tableau {words:said} au-dessus",
    "convert.word-tracked-deleted-row-last": "supprimé la ligne de tableau {words:said} à la fin du texte",
    "convert.word-tracked-joined": "joint au paragraphe suivant",
    "convert.word-comment-line": "un commentaire de relecture sur ce paragraphe, omis : lisez-le dans le document",
    "convert.word-footnotes": "{count:plural:note|notes} de bas de page ou de fin {count:form:est devenue|sont "
                              "devenues} une liste numérotée à la fin, liée dans les deux sens",
    "convert.word-numbered-headings": "Word numérote lui-même {count:plural:titre|titres} : le numéro que Word affiche "
                                      "est écrit au début de chacun (1. Titre), tel que Word {count:form:le|les} "
                                      "compte ; vérifiez les numéros des sections",
    "convert.word-title-style": "les paragraphes du style {names:said} (le style Titre de Word, tel qu'une autre "
                                "langue ou un modèle le nomme) sont le titre du document",
    "convert.word-hidden": "omis {count:plural:passage|passages} de texte au format masqué dans Word "
                           "({count:form:ni affiché ni imprimé|ni affichés ni imprimés} : une note de rédaction, les "
                           "numéros de page d'une table des matières)",
    "convert.word-hidden/html": "omis {count:plural:passage|passages} de texte au format masqué dans Word "
                                "(mso-hide:all, {count:form:ni affiché ni imprimé|ni affichés ni imprimés} : une "
                                "note de rédaction) : {shown:said}",
    "convert.word-unseen": "conservé {count:plural:passage|passages} de texte que Word affiche sans qu'on "
                           "{count:form:le|les} voie (blanc ou presque sur une page sans fond ; 1 point ou moins ; "
                           "lettres serrées les unes sur les autres) : {shown:said} ; retirez ce qui n'est pas le "
                           "texte de la politique",
    "convert.word-bound": "conservé les mots enregistrés ({saved:said}) de {count:plural:contrôle de "
                          "contenu|contrôles de contenu} liés aux données du document, que Word remplace à "
                          "l'ouverture par ceux des données ({shown:said}) : vérifiez quels mots disait la version "
                          "publiée",
    "convert.word-placeholders": "omis le texte d'espace réservé de {count:plural:contrôle de contenu jamais "
                                 "rempli|contrôles de contenu jamais remplis} ({shown:said}) : Word l'affiche en gris "
                                 "tant que la zone n'est pas remplie, ce ne sont pas des mots de la politique",
    "convert.word-placeholder-line": "un contrôle de contenu jamais rempli est ici, son texte d’espace réservé "
                                    "({shown:said}) omis : la phrase se lit sans les mots qu’il demandait ; vérifiez "
                                    "ce que disait la version publiée",
    "convert.word-page-numbers": "omis les numéros de page de {count:plural:entrée|entrées} de la table des matières "
                                 "(une page web n'a pas de pages)",
    "convert.word-page-references": "gardé le numéro de page de {count:plural:renvoi|renvois} du texte "
                                    "({shown:said}), tel que Word {count:form:l'affichait|les affichait} : une page "
                                    "web n'a pas de pages ; reformulez {count:form:la phrase|les phrases} si la "
                                    "version publiée le faisait",
    "convert.word-dangling-links": "{count:plural:lien qui nomme|liens qui nomment} une adresse que le document "
                                   "ne contient pas (un fichier endommagé : {shown:said}) : "
                                   "{count:form:gardé|gardés} comme mots sans lien, comme Word {count:form:le|les} "
                                   "répare ; liez-{count:form:le|les} comme le faisait la version publiée",
    "convert.word-dangling-pictures": "omis {count:plural:image|images} dont le document ne contient pas le "
                                      "fichier (un fichier endommagé : Word dessine un cadre vide à "
                                      "{count:form:sa|leur} place)",
    "convert.word-screentips": "{count:plural:lien auquel|liens auxquels} Word a donné une info-bulle ({shown:said}, "
                               "affichée au survol) : {count:form:lié à son adresse|liés à leur adresse}, l'info-bulle "
                               "omise",
    "convert.word-directions": "{count:plural:paragraphe ou passage|paragraphes ou passages} que Word écrit dans le "
                               "sens inverse de celui de {count:form:son|leur} texte ({shown:said}) "
                               "{count:form:isolé|isolés} par les isolats de direction d'Unicode, pour s'afficher "
                               "comme Word {count:form:l'affichait|les affichait}",
    "convert.word-directions/more": "{count:plural:paragraphe ou passage|paragraphes ou passages} que Word écrit dans "
                                    "le sens inverse de celui de {count:form:son|leur} texte ({shown:said} …) "
                                    "{count:form:isolé|isolés} par les isolats de direction d'Unicode, pour s'afficher "
                                    "comme Word {count:form:l'affichait|les affichait}",
    "convert.word-readable": "lu comme du texte les mots de {count:plural:résultat de champ Word, base de guide "
                             "phonétique ou passage de direction|résultats de champ Word, bases de guide phonétique ou "
                             "passages de direction}",
    "convert.word-alternates": "lu {count:plural:passage|passages} comme Word {count:form:l'affiche|les affiche} (son "
                               "balisage depuis Word 2010, mc:Choice) ; la copie que le document garde pour les "
                               "programmes plus anciens, qui dit d'autres mots, a été omise : {shown:said}",
    "convert.word-typed-headings": "{count:plural:paragraphe tapé comme un titre|paragraphes tapés comme des titres}, "
                                   "en gras ou en plus grands caractères et dans aucun style de titre ({shown}), "
                                   "{count:form:est devenu un titre|sont devenus des titres}, chacun du niveau que lui "
                                   "donne la taille de ses caractères (la plus grande d'abord) : "
                                   "{count:form:vérifiez-le|vérifiez chacun}",
    "convert.word-nested-fields": "omis les mots que {count:plural:champ affiche|champs affichent} dans le code "
                                  "d'un autre champ ({shown}), que Word lit comme ce code et n'affiche pas (`IF "
                                  "{{ MERGEFIELD Plan }} = …` affiche les mots qu'il choisit)",
    "convert.word-outline": "{count:plural:paragraphe|paragraphes} {count:form:auquel|auxquels} Word donne un niveau "
                            "hiérarchique propre (Paragraphe › Niveau hiérarchique, tel que le lisent son volet de "
                            "navigation et sa table des matières) {count:form:est devenu un titre|sont devenus des "
                            "titres} de ce niveau",
    "convert.word-charts": "omis {count:plural:graphique|graphiques} que Word dessine à partir de données gardées à "
                           "part ({shown}), avec les mots qu'{count:form:il montre|ils montrent} (titre, étiquettes, "
                           "légende) : écrivez dans le texte ce qu'{count:form:il dit|ils disent} si les lecteurs en "
                           "ont besoin",
    "convert.word-charts/untitled": "omis {count:plural:graphique|graphiques} que Word dessine à partir de données "
                                    "gardées à part, avec les mots qu'{count:form:il montre|ils montrent} "
                                    "(étiquettes, légende) : écrivez dans le texte ce qu'{count:form:il dit|ils "
                                    "disent} si les lecteurs en ont besoin",
    "convert.word-diagrams": "lu les mots de {count:plural:graphique SmartArt|graphiques SmartArt} (gardés dans la "
                             "partie propre au graphique, que le convertisseur ignore) comme des paragraphes placés "
                             "après celui où chacun se trouve, forme après forme dans l'ordre du graphique",
    "convert.odt-date-field": "conservé le jour « {words} » qu'affiche un champ du document ({field}, non fixe) : "
                              "le jour où son traitement de texte l'a mis à jour pour la dernière fois (le jour où le "
                              "document a été ouvert, imprimé ou enregistré), et non celui de l'entrée en vigueur du "
                              "texte ; vérifiez-y le jour de la version",
    "convert.odt-symbol-fonts": "lu {count:plural:caractère tapé|caractères tapés} dans une police de symboles "
                                "(Symbol, Wingdings, Webdings) comme {count:form:le caractère|les caractères} que "
                                "dessine le traitement de texte du document (un ü en Wingdings est ✓)",
    "convert.word-symbol-fonts": "lu {count:plural:caractère tapé dans une police de symboles (Symbol, Wingdings, "
                                 "Webdings) ou inséré comme symbole|caractères tapés dans une police de symboles "
                                 "(Symbol, Wingdings, Webdings) ou insérés comme symboles} comme {count:form:le "
                                 "caractère|les caractères} que Word dessine (un ü en Wingdings est ✓)",
    "convert.word-text-boxes": "lu les mots de {count:plural:zone de texte dessinée|zones de texte dessinées} "
                               "seulement comme forme (sans copie plus ancienne pour d'autres lecteurs) comme des "
                               "paragraphes placés après celui où chacune est ancrée, comme le lit la copie de Word",
    "convert.word-art": "lu les mots de {count:plural:forme WordArt|formes WordArt} (des mots que Word dessine comme "
                        "une image, que le convertisseur ne lit pas) comme des paragraphes placés après celui où "
                        "chacune est ancrée : {shown:said} ; retirez ce qui n'est pas le texte de la politique",
    "convert.word-watermarks": "omis {count:plural:filigrane|filigranes} que Word dessine derrière le texte (Création "
                               "› Filigrane ; une page web n'en a pas) : {shown:said}",
    "convert.word-numbering-format": "Word numérote certaines listes ou certains titres dans un format que l'import ne "
                                     "sait pas dessiner ({formats}) : leurs numéros ont été écrits en chiffres (1, "
                                     "2) ; écrivez-les comme Word les affiche",
    "convert.word-unread": "conversion Word : omis un élément Word que le convertisseur ne lit pas ({element}), avec "
                           "tous les mots qu'il contient : comparez le Markdown au document là où il apparaît",
    "convert.word-converter": "conversion Word : {message}",
    "convert.html-as-text": "le HTML qui n'a pas pu être lu comme des éléments a été conservé comme texte",
    "convert.two-columns/undecided": "un tableau de {rows:plural:ligne|lignes} présente son texte en deux colonnes, "
                                     "chaque section numérotée dans les deux (« {left} » à côté de « {right} ») : sans "
                                     "doute deux langues côte à côte, conservé tel quel (impossible de dire quelle "
                                     "colonne est en {lang:language}) : importez chaque langue depuis un fichier à "
                                     "part",
    "convert.two-columns/left": "un tableau présentant le texte en deux langues côte à côte "
                                "({rows:plural:ligne|lignes}, « {left} » à côté de « {right} ») : lu sa colonne de "
                                "gauche, le texte en {lang:language} ; celle de droite omise (importez-la avec son "
                                "propre --lang)",
    "convert.two-columns/right": "un tableau présentant le texte en deux langues côte à côte "
                                 "({rows:plural:ligne|lignes}, « {left} » à côté de « {right} ») : lu sa colonne de "
                                 "droite, le texte en {lang:language} ; celle de gauche omise (importez-la avec son "
                                 "propre --lang)",
    "convert.date-heading": "la ligne de date sous le titre, écrite comme un titre (« {words} »), est un paragraphe : "
                            "un titre est celui d'une section, et celui-ci n'a pas de texte",
    "convert.bold-before": "{count:plural:paragraphe en gras numéroté|paragraphes en gras numérotés} depuis 1 jusqu'au "
                           "premier titre de section (« {heading} ») {count:form:est devenu un titre|sont devenus des "
                           "titres} de section",
    "convert.bold-between": "{count:plural:paragraphe en gras numéroté|paragraphes en gras numérotés} comme la section "
                            "qui suit le titre au-dessus {count:form:est devenu un titre|sont devenus des titres} de "
                            "section",
    "convert.tables-above-title": "{count:plural:tableau écrit|tableaux écrits} au-dessus du titre « {words} » "
                                  "(le tableau des versions d'un document et de leurs dates) "
                                  "{count:form:déplacé|déplacés} sous lui : une page commence par son titre",
    "convert.bold-line-title": "la ligne en gras au-dessus de la première section, « {words} », est devenue le titre "
                               "principal",
    "convert.heading-levels/numbered": "{count:plural:titre déplacé|titres déplacés} au niveau que lit le site (la "
                                       "profondeur du numéro de chaque section : 1. un ##, 1.2 un ###)",
    "convert.heading-levels/page": "{count:plural:titre déplacé|titres déplacés} au niveau que lit le site (la page "
                                   "passait de son titre à <h{level}>)",
    "convert.heading-levels/word": "{count:plural:titre déplacé|titres déplacés} au niveau que lit le site (le "
                                   "document passait de son titre au style {heading:said})",
    "convert.word-section-lists": "{count:plural:paragraphe|paragraphes} que Word numérote par une liste à plusieurs "
                                     "niveaux (1., 1.1), titres courts au-dessus de paragraphes de texte, "
                                     "{count:form:est devenu|sont devenus} des titres de section numérotés comme dans "
                                     "Word : vérifiez-{count:form:le|les}",
    "convert.word-clauses": "une liste numérotée dont chaque élément commence par une ligne en gras (des clauses "
                            "numérotées par Word, sans styles de titre) : chaque élément est devenu une section, sa "
                            "ligne en gras le titre",
    "convert.word-clauses/plain": "une liste numérotée dont chaque élément commence par une ligne de quelques mots "
                                  "au-dessus de clauses que Word numérote sous elle (1.1, 1.2 ; sans styles de titre "
                                  "ni gras) : chaque élément est devenu une section, cette ligne le titre",
    "convert.numbered-clauses/google": "une liste numérotée dont chaque élément commence par une ligne en gras (des "
                                       "clauses numérotées par Google Docs, sans styles de titre) : chaque élément "
                                       "est devenu une section, sa ligne en gras le titre",
    "convert.numbered-clauses/page": "une liste numérotée de la page (<ol>) dont chaque élément commence par une "
                                     "ligne en gras (des clauses numérotées en liste, sans éléments de titre) : "
                                     "chaque élément est devenu une section, sa ligne en gras le titre",
    "convert.numbered-items/google": "{count:plural:élément de liste ne contenant|éléments de liste ne contenant} "
                                     "qu'une ligne en gras numérotée par Google Docs (des sections numérotées avec "
                                     "son bouton de liste numérotée, sans styles de titre) {count:form:est devenu un "
                                     "titre|sont devenus des titres} de section de {count:form:son numéro|leurs "
                                     "numéros}",
    "convert.numbered-clauses/odt": "une liste numérotée dont chaque élément commence par une ligne en gras (des "
                                    "clauses numérotées par le style de liste du document, comme LibreOffice les "
                                    "numérote, sans styles de titre) : chaque élément est devenu une section, sa "
                                    "ligne en gras le titre",
    "convert.numbered-items/odt": "{count:plural:élément de liste ne contenant|éléments de liste ne contenant} "
                                  "qu'une ligne en gras numérotée par le style de liste du document (des sections "
                                  "numérotées avec le bouton de numérotation de LibreOffice, sans styles de titre) "
                                  "{count:form:est devenu un titre|sont devenus des titres} de section de "
                                  "{count:form:son numéro|leurs numéros}",
    "convert.numbered-items/page": "{count:plural:élément de liste ne contenant|éléments de liste ne contenant} "
                                   "qu'une ligne en gras numérotée par les listes de la page elle-même (<ol> : des "
                                   "sections numérotées en listes, sans éléments de titre) {count:form:est devenu un "
                                   "titre|sont devenus des titres} de section de {count:form:son numéro|leurs "
                                   "numéros}",
    "convert.numbered-items/odt-plain": "{count:plural:élément de liste ne contenant|éléments de liste ne "
                                        "contenant} qu'une ligne de quelques mots numérotée 1, 2, 3… par le style de "
                                        "liste du document, chacune au-dessus de paragraphes (des sections numérotées "
                                        "avec le bouton de numérotation de LibreOffice, sans styles de titre ni gras) "
                                        "{count:form:est devenu un titre|sont devenus des titres} de section de "
                                        "{count:form:son numéro|leurs numéros}",
    "convert.clause-table": "un tableau de {count:plural:clause numérotée|clauses numérotées} (une colonne de "
                            "numéros de section à côté de chaque clause, son titre en gras) lu comme "
                            "{count:form:la section qu'il montre|les sections qu'il montre}, chaque titre devenant un "
                            "titre de section de son numéro",
    "convert.word-numbered-items": "{count:plural:élément de liste ne contenant|éléments de liste ne contenant} qu'une "
                                   "ligne en gras numérotée par Word (des sections numérotées avec le bouton de "
                                   "numérotation, sans styles de titre) {count:form:est devenu un titre|sont devenus "
                                   "des titres} de section de {count:form:son numéro|leurs numéros}",
    "convert.word-numbered-items/plain": "{count:plural:élément de liste ne contenant|éléments de liste ne "
                                         "contenant} qu'une ligne de quelques mots numérotée par Word 1, 2, 3…, "
                                         "chacune au-dessus de paragraphes (des sections numérotées avec le bouton de "
                                         "numérotation, sans styles de titre ni gras) {count:form:est devenu un "
                                         "titre|sont devenus des titres} de section de {count:form:son "
                                         "numéro|leurs numéros}",
    "convert.first-line-title": "la première ligne du texte, « {words} », au-dessus de sa première section, est "
                                "devenue son titre",
    "convert.typed-contents": "les {count:number} lignes numérotées à la main à partir de « {first} » sont la table "
                              "des matières du texte (les lignes des sections les répètent plus bas) : chacune est un "
                              "lien vers le titre qu'elle nomme, les lignes plus bas sont devenues les titres",
    "convert.typed-contents/unlinked": "les {count:number} lignes numérotées à la main à partir de « {first} » sont la "
                                       "table des matières du texte (les lignes des sections les répètent plus bas) : "
                                       "laissées en texte, car « {entry} » ne nomme aucun titre unique plus bas ; les "
                                       "lignes plus bas sont devenues les titres",
    "convert.typed-numbered-lines": "{count:plural:paragraphe|paragraphes} de quelques mots commençant par un numéro "
                                    "de section tapé à la main (1. Introduction, 2.1 Accès, 第1条（目的）), chacun "
                                    "au-dessus de paragraphes, {count:form:est devenu un titre|sont devenus des "
                                    "titres} de section (le document n'a pas de styles de titre)",
    "convert.cloudflare-emails": "{count:plural:adresse électronique masquée|adresses électroniques masquées} par la "
                                 "protection des adresses électroniques de Cloudflare (« {placeholder} ») de nouveau "
                                 "{count:form:affichée|affichées}, comme le navigateur du lecteur "
                                 "{count:form:l'affichait|les affichait}",
    "convert.cloudflare-left": "{count:number} « {placeholder} » {count:form:laissé|laissés} dans le texte : "
                               "Cloudflare y masquait une adresse que la page enregistrée ne contient plus ; écrivez "
                               "l'adresse à sa place",
    "convert.run-in": "{count:plural:titre de section en gras placé|titres de section en gras placés} au début de "
                      "{count:form:son|leur} texte, {count:form:numéroté|numérotés} comme la section entre les titres "
                      "qui {count:form:l'entourent|les entourent}, {count:form:est devenu un titre|sont devenus des "
                      "titres} de section, {count:form:son|leur} texte le paragraphe en dessous",
    "convert.template-title-block": "omis le bloc {{% block {name} %}} du modèle, de simples mots, « {words} », que sa "
                                    "mise en page affiche comme <title> de la page ou ailleurs : les mêmes mots sont "
                                    "le titre de la page",
    "convert.template-comments": "omis {count:plural:commentaire|commentaires} du modèle ({{# … #}}), qu'aucun lecteur "
                                 "n'a {count:form:vu|vus} : « {words} »",
    "convert.template-statements": "omis {count:plural:instruction|instructions} du modèle serveur de la page (Jinja, "
                                   "Django, Nunjucks : {statements}), que son serveur exécutait et qu'aucun lecteur "
                                   "n'a {count:form:vue|vues}",
    "convert.php-blocks": "omis {count:plural:bloc|blocs} de code PHP de la page ({first} …), que son serveur "
                          "exécutait et qu'aucun lecteur n'a {count:form:vu|vus} : ce qui y était écrit (un en-tête, "
                          "un menu, peut-être des mots du texte) n'est pas lu ; vérifiez la page telle que les "
                          "lecteurs la voyaient",
    "convert.template-expression": "conservé tel quel le code de modèle {code}, dont le serveur de l'ancien site "
                                   "écrivait le résultat à cet endroit : vérifiez la page telle que les lecteurs la "
                                   "voyaient, et écrivez ses mots dans une nouvelle version",
    "convert.content-tabs": "{count:plural:titre d'onglet|titres d'onglets} (les onglets de contenu de MkDocs "
                            "Material) {count:form:conservé|conservés} au-dessus du texte que chacun ouvre (un titre "
                            "là où il est numéroté comme une section, sinon en gras)",
    "convert.css-panels": "{count:plural:titre|titres} de panneaux ouverts par le CSS de la page (l'étiquette d'une "
                          "case à cocher ou d'un bouton radio, celle d'un accordéon ou d'un onglet) "
                          "{count:form:conservé|conservés} au-dessus de {count:form:son|leur} texte : un titre là où "
                          "il est numéroté comme une section, sinon en gras",
    "convert.tab-titles": "{count:plural:titre d'onglet|titres d'onglets} {count:form:conservé|conservés} une seule "
                          "fois, au-dessus du panneau que chacun ouvre (un titre là où il est numéroté comme une "
                          "section, sinon en gras)",
    "convert.closed-panels": "conservé {count:plural:panneau fermé|panneaux fermés} à l'enregistrement de la page, "
                             "qu'un lecteur ouvre avec son onglet ou son bouton : {shown:said}",
    "convert.definition-lists/nested": "{count:plural:liste de définitions|listes de définitions} dans une "
                                       "définition : une liste sous celle-ci, chaque élément un terme en gras "
                                       "au-dessus de sa définition, pour que les termes qu'elle précise restent sous "
                                       "elle",
    "convert.definition-lists": "{count:plural:liste de définitions|listes de définitions} : chaque terme est devenu "
                                "un paragraphe en gras, sa définition le paragraphe qui le suit (Markdown n'a pas de "
                                "listes de définitions)",
    "convert.task-boxes": "{count:plural:case de liste de tâches écrite|cases de liste de tâches écrites} comme la "
                          "case {count:form:qu'elle montrait|que chacune montrait}, {ticked} cochée ou {unticked} vide "
                          "(le Markdown du site n'a pas de listes de tâches)",
    "convert.form-words": "conservé les mots d'un formulaire à remplir (« {words} ») : les mots d'un formulaire "
                          "d'inscription ou de contact sont rarement ceux de la politique ; si ce ne sont pas les "
                          "siens, retirez le formulaire de la page enregistrée avant de l'importer",
    "convert.embed-linked": "l'élément <{tag}> qui intégrait {url} est devenu un lien vers cette adresse (le site ne "
                            "charge rien depuis un autre hôte)",
    "convert.embed-removed": "retiré un élément <{tag}>",
    "convert.embed-removed/url": "retiré un élément <{tag}> qui affichait {url}",
    "convert.accordion-titles": "{count:plural:titre d'accordéon|titres d'accordéon} (un <button> qui ouvre un "
                                "panneau) {count:form:conservé|conservés} au-dessus de son texte : un titre là où il "
                                "est numéroté comme une section, sinon en gras",
    "convert.disclosure-titles": "{count:plural:titre de volet dépliable|titres de volets dépliables} (le <summary> "
                                 "d'un <details>) {count:form:conservé|conservés} au-dessus de son texte : en gras, un "
                                 "titre là où il est numéroté comme une section",
    "convert.underlined": "{count:plural:passage souligné écrit|passages soulignés écrits} en italique : le texte du "
                          "site n'a pas de soulignement (sur une page web, des mots soulignés se lisent comme un lien)",
    "convert.ruby": "omis {count:form:la lecture|les lectures} (ruby : furigana, pinyin) "
                    "{count:form:affichée|affichées} au-dessus de {count:plural:mot|mots}, les mots étant conservés : "
                    "{shown:said}",
    "convert.hidden-elements": "omis {count:plural:élément marqué comme masqué|éléments marqués comme masqués}, que "
                               "les lecteurs n'ont jamais {count:form:vu|vus} : {shown:said}",
    "convert.screen-reader-link-words": "omis {count:plural:mot de lien écrit|mots de lien écrits} pour les seuls "
                                        "lecteurs d'écran : {shown:said}",
    "convert.style-hid-link-words": "omis {count:plural:mot de lien|mots de lien} que le style de la page masquait "
                                    "(display:none), le lien montrant une icône ou rien à {count:form:sa|leur} place : "
                                    "{shown:said}",
    "convert.style-hid-kept": "conservé {count:plural:élément|éléments} que le style de la page masquait "
                              "(display:none : un panneau fermé, ou une note jamais affichée) : {shown:said} ; retirez "
                              "ce qui n'est pas le texte de la politique",
    "convert.screen-reader-repeats": "omis {count:plural:élément écrit|éléments écrits} pour les seuls lecteurs "
                                     "d'écran ({count:form:invisible|invisibles} à l'œil), qui "
                                     "{count:form:répétait|répétaient} le titre ou la légende au-dessus : {shown:said}",
    "convert.screen-reader-kept": "conservé {count:plural:élément écrit|éléments écrits} pour les seuls lecteurs "
                                  "d'écran, que la page cachait à la vue : {shown:said} ; retirez ce qui n'est pas le "
                                  "texte de la politique",
    "convert.nested-tables": "{count:plural:tableau placé|tableaux placés} dans la cellule d'un tableau "
                             "{count:form:est devenu|sont devenus} le texte de la cellule, une ligne après l'autre",
    "convert.section-lists": "{count:plural:liste de sections|listes de sections} (chaque élément commençant par un "
                             "titre) : chaque titre est devenu un titre de section",
    "convert.section-lists/numbered": "{count:plural:liste de sections|listes de sections} (chaque élément commençant "
                                      "par un titre) : chaque titre est devenu un titre de section, numéroté comme "
                                      "l'était son élément",
    "convert.headings-in-items": "{count:plural:titre placé|titres placés} dans un élément de liste (ce que Markdown "
                                 "ne peut pas contenir) {count:form:écrit|écrits} en gras",
    "convert.preformatted": "le texte était un seul bloc préformaté (du texte brut dans un <pre>) : lu comme "
                            "{paragraphs:plural:paragraphe|paragraphes}, chaque ligne conservée, et "
                            "{headings:plural:titre|titres}, sa première ligne courte et ses lignes numérotées "
                            "courtes, seules ou juste au-dessus de leur texte ; vérifiez-les",
    "convert.scraped-page-links": "{count:plural:ligne|lignes} de liens de la page vers son haut, son bas ou son "
                                  "contenu ({words:each:, }), copiées avec son texte : laissées de côté",
    "convert.scraped-image-names": "{count:plural:nom de fichier d'une image|noms de fichiers d'images} "
                                   "({words:each:, }), les mots qu'une copie de la page garde là où elle montrait une"
                                   " image : laissés de côté ; ce que montrait l'image (un tableau, un texte) n'est "
                                   "pas dans le texte : écrivez-le, s'il faisait partie de la politique",
    "convert.scraped-banner": "un bandeau de consentement ({words:each:, }) : sa phrase sur les cookies et ses "
                              "boutons, laissés de côté",
    "convert.scraped-share": "{count:plural:bouton de partage|boutons de partage} ({words:each:, }) : laissés de côté",
    "convert.scraped-breadcrumb": "le fil d'Ariane de la page ({words:each:, }) : laissé de côté",
    "convert.scraped-copyright": "la mention des droits d'auteur qui clôt la page ({words:each:, }) : laissée de "
                                 "côté",
    "convert.scraped-stale-copy": "une seconde copie des sections {sections:each:, }, jusqu'à la ligne {end}, dans "
                                  "les mots de celles de la ligne {first} : laissée de côté (les lecteurs les "
                                  "voyaient deux fois)",
    "convert.scraped-stale-copy/other-words": "une seconde copie des sections {sections:each:, }, jusqu'à la ligne "
                                              "{end}, dans d'autres mots que celles de la ligne {first} (un texte "
                                              "plus ancien, sans doute) : laissée de côté ; le texte garde la "
                                              "première copie : vérifiez que c'est celle que contenait la politique",
    "convert.capital-headings": "{count:plural:ligne|lignes} en capitales à part ({shown:said}) "
                                "{count:form:lue comme titre|lues comme titres} de section, comme le texte détache "
                                "ses sections ; {count:form:vérifiez-la|vérifiez-les}",
    "convert.preformatted/lists": "texte brut : {count:plural:suite|suites} de lignes commençant par un tiret ou une "
                                  "puce {count:form:lue comme une liste|lues comme des listes} ; "
                                  "{count:form:vérifiez-la|vérifiez-les}",
    "convert.preformatted/text": "texte brut : lu comme {paragraphs:plural:paragraphe|paragraphes}, chaque ligne "
                                 "conservée, et {headings:plural:titre|titres}, sa première ligne courte et ses lignes "
                                 "numérotées courtes, seules ou juste au-dessus de leur texte ; vérifiez-les",
    "convert.card-links": "{count:plural:lien|liens} autour de paragraphes (une carte : un titre, une description) : "
                          "les mots de chaque paragraphe liés à la même adresse",
    "convert.word-place-link": "un lien Word vers un endroit d'une page est devenu {href}",
    "convert.unopenable-link": "le lien « {words} » pointait vers {href}, qu'aucun lecteur ne peut ouvrir (une adresse "
                               "{scheme}:) : conservé son texte, retiré sa cible",
    "convert.wordless-links": "retiré {count:plural:lien|liens} sans mots (une icône, une image sans son texte, ou "
                              "rien) : le site ne publie aucun lien qu'un lecteur ne voit pas",
    "convert.heading-self-links": "retiré {count:plural:lien de titre|liens de titre} vers le titre lui-même (¶) : les "
                                  "titres publiés ont le leur",
    "convert.merged-cells": "{count:plural:cellule de tableau couvrant|cellules de tableau couvrant} plusieurs lignes "
                            "ou colonnes : {count:form:répétée|répétées} dans chaque ligne et chaque colonne "
                            "couverte (un tableau Markdown n'a pas de cellules fusionnées)",
    "convert.merged-cells/capped": "{count:plural:cellule de tableau couvrant|cellules de tableau couvrant} "
                                   "plusieurs colonnes ({shown}) {count:form:écrite|écrites} dans la première "
                                   "seulement, les autres laissées vides : répétés, {count:form:ses|leurs} mots "
                                   "dépassaient les {most:number} caractères que les copies d'une page peuvent "
                                   "ajouter ; écrivez dans chaque colonne ce que la page y montrait",
    "convert.content-ref": "une carte GitBook menant à {url} : ses mots sont le titre de la page liée, « {title} », "
                           "comme GitBook l'affichait (le Markdown écrivait le nom du fichier)",
    "convert.content-ref-untitled": "une carte GitBook menant à {url}, une page que cet import ne contient pas : "
                                    "GitBook affichait le titre de cette page, le texte montre « {words} », le nom du "
                                    "fichier : écrivez son titre",
    "convert.header-rows": "{count:plural:tableau à|tableaux à} plusieurs lignes d'en-tête : l'en-tête de chaque "
                           "colonne porte les mots de chaque ligne d'en-tête au-dessus d'elle, une ligne chacune (un "
                           "tableau Markdown n'a qu'une ligne d'en-tête)",
    "convert.repeated-ids": "{count:plural:identifiant de titre|identifiants de titre} que la page donnait aussi à un "
                            "titre plus haut ({shown:said}) : {count:form:conservé|conservés} sur le premier, là où "
                            "arrivaient les liens de la page",
    "convert.repeated-ids/above": "{count:plural:identifiant|identifiants} d'un titre qu'un élément plus haut "
                                  "portait aussi ({shown:said}) : {count:form:conservé|conservés} sur le titre, où "
                                  "arrivent désormais les liens (l'ancienne page les envoyait à l'élément plus haut), "
                                  "et {count:form:retiré|retirés} de cet élément",
    "convert.repeated-ids/elements": "retiré l'identifiant de {count:plural:élément|éléments} qu'un élément plus "
                                     "haut porte aussi ({shown:said}) : une page porte un identifiant une fois, et les "
                                     "liens vers lui arrivent sur le premier, comme un navigateur les y envoie",
    "convert.lost-ids": "{count:plural:identifiant où arrive un lien|identifiants où arrivent des liens} "
                        "({shown:said}) {count:form:perdu|perdus} avec l'élément qui {count:form:le|les} portait, que "
                        "la conversion a réécrit : les liens vers {count:form:lui|eux} n'arrivent nulle part",
    "convert.footnotes": "{count:plural:appel de note|appels de note} ([^…]) "
                         "{count:form:lié à sa note|liés à leurs notes}, {count:form:numéroté|numérotés} dans l'ordre "
                         "où le texte {count:form:le|les} cite (le Markdown de ce site n'a pas de notes de bas de "
                         "page) : chaque note reste là où elle est écrite, en commençant par son numéro",
    "convert.note-after-number": "{count:plural:appel de note écrit|appels de note écrits} juste après un nombre "
                                 "{count:form:montré|montrés} entre crochets, [1], comme les imports Word "
                                 "{count:form:l'écrivent|les écrivent} : la page dessinait « 6¹ », qu'un lecteur lit "
                                 "6 et une note, comme un seul nombre, 61, pour les vérifications",
    "convert.title-of/first": "le premier titre `#` est le titre principal",
    "convert.title-of/own": "le titre principal (#) est celui de l'en-tête",
    "convert.title-of/front": "le titre de l'en-tête, « {title} », est devenu le titre principal",
    "convert.title-of/line": "la première ligne du texte, « {title} », un simple paragraphe, est devenue son titre "
                             "principal",
    "convert.title-shift": "{said:said}, et {count:plural:titre `#` placé|titres `#` placés} en dessous "
                           "{count:form:est devenu une section|sont devenus des sections} (##), chaque titre "
                           "descendant d'un niveau, comme l'ancien site "
                           "{count:form:l'affichait|les affichait}{capped:said}",
    "convert.title-shift-capped": " ; {count:plural:titre|titres} au niveau 6 {count:form:y est resté|y sont restés}",
    "convert.pandoc-title": "le bloc de titre de Pandoc (`% {title}`) : son titre est celui de la page",
    "convert.pandoc-title/shown": "le bloc de titre de Pandoc (`% {title}`) : son titre est celui de la page, ses "
                                  "auteurs et sa date conservés en dessous, une ligne chacun, comme Pandoc les affiche",
    "convert.badges": "omis {count:plural:image isolée|images isolées} au-dessus du titre (les badges d'un README, un "
                      "logo), sans aucun mot de la politique : {shown:said}",
    "convert.heading-levels": "{count:plural:titre déplacé|titres déplacés} au niveau que lit le site (la profondeur "
                              "du numéro de chaque section : 1. un ##, 1.2 un ###)",
    "convert.table-row-cells": "une ligne de tableau a plus de cellules que sa ligne d'en-tête : celle-ci reçoit des "
                               "cellules vides pour que ses mots soient conservés (les rendus de GitHub et de ce site "
                               "les omettent ; l'ancien site ne les affichait peut-être pas)",
    "convert.office-date-fields": "gardé {count:form:tel qu'écrit le champ de date|tels qu'écrits les champs de date} "
                                  "{shown:said} de la page : LibreOffice écrit une date que le document n'a pas fixée "
                                  "comme le jour où il a enregistré la page, non comme le jour où le texte est entré "
                                  "en vigueur ; {count:form:vérifiez-la|vérifiez-les}",
    "convert.notion-heading-ids": "omis l'identifiant que Notion donne au titre ({{#3f0e6a3c-…}}, celui de son bloc : "
                                  "un autre dans chaque page et dans chaque langue), les liens vers lui menés à "
                                  "l'identifiant que le site lui donne",
    "convert.word-heading-ids": "omis le signet de Word comme identifiant du titre ({{#_Toc…}}, _Ref, _Hlk, "
                                "OLE_LINK : un numéro que Word tire, un autre dans chaque document et dans chaque "
                                "langue), les liens vers lui menés à l'identifiant que le site lui donne",
    "convert.unread-heading-id": "retiré l'identifiant du titre ({name}, …), que le site ne lit pas (il commence par "
                                 "un chiffre ou un signe, comme celui d'une extension de table des matières) : la page "
                                 "donne au titre le sien ({id}, …), et les liens vers lui y mènent, leurs mots "
                                 "gardés ; un lien d'ailleurs vers l'ancien identifiant ouvre la page en haut",
    "convert.own-heading-anchor": "omis l'ancre {name} du titre (le nom que lui donne son auteur : le site donne au "
                                  "titre son propre identifiant, {id}), les liens vers elle menés à {id}, leurs mots "
                                  "conservés",
    "convert.repeated-raw-id": "donné à l'identifiant {id} du HTML brut un autre nom, {new} : un élément de la ligne "
                               "{line} le porte aussi (une page ne peut le porter qu'une fois) ; les liens vers {id} "
                               "mènent à celui-là, comme avant",
    "convert.generated-id-address": "le lien vers {address}#{id}, un identifiant que Word ou Google Docs a tiré pour "
                                    "un titre de ce texte, est un lien interne à la page, vers ce titre (#{site})",
    "convert.anchor-named-as-heading": "omis l'identifiant {id} du HTML brut : la page le donne au titre de la ligne "
                                       "{line} (une page ne peut le porter qu'une fois), les liens vers lui mènent à "
                                       "ce titre",
    "convert.google-heading-ids": "omis l'identifiant que Google Docs donne au titre ({{#h.…}} : un autre dans chaque "
                                  "copie du document et dans chaque langue), les liens vers lui menés à "
                                  "l'identifiant que le site lui donne",
    "convert.commonmark-escapes": "barres obliques inverses devant des caractères que le Markdown du site n'échappe "
                                  "pas (\\~, \\=, \\:, \\$ tels que GitHub et Google Docs les écrivent : la "
                                  "page afficherait la barre) omises, chaque caractère gardé",
    "convert.wp-shortcodes/layout": "{count:plural:code court de mise en page omis|codes courts de mise en page "
                                    "omis} d'un constructeur de pages ({shown:said}) : la mise en page que son "
                                    "extension dessinait autour du texte de l'article, pas des mots",
    "convert.wp-shortcodes": "{count:plural:code court WordPress laissé de côté|codes courts WordPress laissés de "
                             "côté}, seuls sur leur ligne ({shown:said}) : l'ancien site affichait à leur place ce "
                             "qu'écrivait une extension (une politique générée, une liste de cookies, un formulaire), "
                             "que le contenu de cet article ne contient pas ; enregistrez la page depuis le navigateur "
                             "telle que l'ancien site l'affichait et importez-la pour ces mots",
    "convert.wp-shortcodes/kept": "{count:plural:code court WordPress conservé tel quel|codes courts WordPress "
                                  "conservés tels quels} dans une phrase ({shown:said}) : l'ancien site affichait là "
                                  "ce qu'écrivait une extension, que le contenu de cet article ne contient pas ; "
                                  "vérifiez ces mots sur la page qu'il affichait",
    "convert.bare-addresses": "{count:plural:adresse nue écrite|adresses nues écrites} ({shown:said}) comme "
                              "{count:form:le lien|les liens} qu'en faisait le Markdown de l'ancien site (celui de "
                              "GitHub, de Hugo, de Docusaurus) : le Markdown du site affiche une adresse nue comme "
                              "du texte",
    "convert.backslash-breaks": "{count:plural:saut de ligne écrit|sauts de ligne écrits} avec une barre oblique "
                                "inverse (le Markdown de GitHub) {count:form:est écrit|sont écrits} avec les deux "
                                "espaces en fin de ligne de Markdown",
    "convert.emoji-shortcode": "{count:plural:code court d'émoji|codes courts d'émojis} ({codes}) "
                               "{count:form:écrit|écrits} comme l'émoji qu'affichait le Markdown de GitHub ({shown}) : "
                               "le Markdown du site affiche le code tel qu'il est écrit",
    "convert.task-boxes/markdown": "{count:plural:case de liste de tâches écrite|cases de liste de tâches écrites} (`- "
                                   "[x]`, `- [ ]`) comme la case {count:form:qu'elle montrait|que chacune montrait}, "
                                   "{ticked} cochée ou {unticked} vide (le Markdown du site n'a pas de listes de "
                                   "tâches)",
    "convert.overlined-title": "un titre écrit comme reStructuredText l'écrit, entre deux lignes de « {mark} » : "
                               "écrit comme titre de la page, « {title} » (la page montrait les marques avec lui)",
    "convert.underlined-headings": "{count:plural:titre numéroté souligné|titres numérotés soulignés} ({shown:said}) "
                                   "{count:form:est écrit|sont écrits} avec des marques # : les vérifications "
                                   "{count:form:le liraient|liraient chacun} comme un élément de liste au-dessus d'un "
                                   "trait, la page comme un titre",
    "convert.unspaced-headings": "{count:plural:titre écrit|titres écrits} sans espace après {count:form:ses|leurs} "
                                 "marques # ({shown:said}) {count:form:est écrit|sont écrits} avec une espace : le "
                                 "Markdown du site y lit un titre, comme l'auteur du texte le voulait, les "
                                 "vérifications un paragraphe (un site CommonMark, celui de Hugo ou de GitHub, "
                                 "affichait les marques # comme du texte)",
    "convert.heading-items": "{count:plural:élément de liste contenant un titre (`- ### Titre`) est devenu|éléments "
                             "de liste contenant un titre (`- ### Titre`) sont devenus} ce titre, les lignes sous lui "
                             "désindentées : les vérifications y lisaient une section, la page une puce la contenant",
    "convert.list-marker-space": "un élément de liste écrit sans espace après sa marque (`1.Mot`, `*Mot`) est écrit "
                                 "avec : l'ancien site l'affichait comme du texte, non comme un élément",
    "convert.utf16": "le fichier est en UTF-16 : lu comme tel",
    "convert.utf16/no-bom": "le fichier est en UTF-16 sans son indicateur d'ordre des octets : lu comme tel",
    "convert.not-utf8": "le fichier n'est pas en UTF-8 (ligne {line}, octet {byte}) : lu en {codec}",
    "convert.not-utf8/mixed": "le fichier est en UTF-8 sauf des octets d'un autre jeu de caractères (le premier à "
                              "la ligne {line}, octet {byte}) : ceux-ci lus en Windows-1252, les autres en UTF-8 ; "
                              "vérifiez ses mots accentués",
    "convert.nul": "retiré des caractères NUL",
    "convert.metadata-lines": "ses premières lignes, `{line}` … (les métadonnées de Pelican ou de MultiMarkdown), lues "
                              "comme son en-tête",
    "convert.metadata-lines/reader": "ses premières lignes, `{line}` … (l'en-tête de Jina Reader au-dessus de "
                                     "`Markdown Content:`, le texte de la page), lues comme son en-tête",
    "convert.front-matter/large": "l'en-tête dépasse {kib:number} Kio : il n'a pas été lu et a été omis",
    "convert.front-matter/invalid": "l'en-tête n'est pas valide ({problem}) : il a été omis",
    "convert.front-matter/not-keys": "l'en-tête n'est pas un ensemble de clés : il a été omis",
    "convert.subtitle-heading": "le titre placé juste sous le titre principal, tout en italique et sans rien sous "
                                "lui, {words:said}, est son sous-titre, une ligne en italique, non une section",
    "convert.subtitle": "le sous-titre de l'en-tête, que la mise en page de l'ancien site affichait sous le titre, est "
                        "le premier paragraphe du texte : {words:said}",
    "convert.mhtml": "une page web enregistrée en un seul fichier (MHTML) : lu la page qu'il contient",
    "convert.css-counters/lists": "{count:plural:liste numérotée|listes numérotées} par la feuille de style de la page "
                                  "(compteurs CSS : « (1) », « Art. 1 ») : chaque élément garde au début de son texte "
                                  "le numéro que la page affichait",
    "convert.css-counters/headings": "{count:plural:titre numéroté|titres numérotés} par la feuille de style de la "
                                     "page (compteurs CSS) : chaque numéro écrit avant son titre, comme la page "
                                     "l'affichait",
    "convert.charset/utf16": "la page est en UTF-16 sans son indicateur d'ordre des octets : lue comme telle",
    "convert.charset/unread": "la page déclare le jeu de caractères « {label} », que les navigateurs ne lisent pas : "
                              "lue en UTF-8",
    "convert.charset/unknown": "la page déclare un jeu de caractères inconnu, « {label} » : lue en UTF-8",
    "convert.charset/utf8": "la page déclare le jeu de caractères « {label} », mais ses octets sont en UTF-8 (comme le "
                            "serveur qui la publiait a dû le dire dans son en-tête, que les navigateurs lisent "
                            "d'abord) : lue en UTF-8",
    "convert.meta-refresh": "la page renvoyait ses lecteurs vers {url} après {seconds:number} s (<meta "
                            "http-equiv=\"refresh\">) : après 0 s, ils lisaient cette page, et non ces mots ; "
                            "importez-la le cas échéant",
    "convert.base-href": "la page lisait ses liens et images relatifs par rapport à {url} (<base href>) : ses "
                         "liens y menaient ; vérifiez-les sur la page telle que les lecteurs la voyaient",
    "convert.charset/not-utf8": "la page n'est pas en UTF-8 (octet {byte}) : lue en Windows-1252",
    "convert.charset/mixed": "la page est en UTF-8 sauf des octets d'un autre jeu de caractères (le premier à la "
                             "ligne {line}, octet {byte}) : ceux-ci lus en Windows-1252, les autres en UTF-8 ; "
                             "vérifiez ses mots accentués",
    "convert.charset/undecodable": "la page n'est pas en {codec} (octet {byte}) : les octets illisibles sont devenus « "
                                   "� »",
    "convert.language-part": "la page est écrite en {page:language}, avec une partie marquée comme écrite en "
                             "{lang:language} : lu cette seule partie",
    "convert.language-part/other": "la page est écrite dans une autre langue, avec une partie marquée comme écrite en "
                                   "{lang:language} : lu cette seule partie",
    "convert.language-left-out": "omis la partie marquée comme écrite en {code:language} (« {words}… », "
                                 "{count:plural:mot|mots}) : importez ce fichier avec --lang {base} pour l'avoir",
    "convert.google-docs-title": "le titre Google Docs est le titre principal de la politique (#), ses titres un "
                                 "niveau en dessous",
    "convert.word-title-paragraph": "le paragraphe Titre du document Word est le titre principal de la politique (#), "
                                    "ses titres un niveau en dessous",
    "convert.exported-comments": "omis {count:plural:commentaire|commentaires} de relecture du document exporté, et "
                                 "{count:form:sa marque|leurs marques} dans le texte",
    "convert.marks-undone": "omis le gras ou l'italique qui entourait des titres et des paragraphes entiers, ou que "
                            "leur propre style annulait (l'enveloppe que Google Docs laisse dans un texte collé) : "
                            "chacun garde son propre aspect",
    "convert.css-marks": "le texte que le CSS de la page affiche en gras, en italique ou barré est marqué ainsi "
                         "({marks:each:, })",
    "convert.css-mark/strong": "{count:number} en gras",
    "convert.css-mark/em": "{count:number} en italique",
    "convert.css-mark/del": "{count:number} barré{count:form:|s}",
    "convert.role-headings": "{count:plural:élément marqué comme titre|éléments marqués comme titres} "
                             "(role=\"heading\", aria-level) {count:form:est devenu le titre de son niveau|sont "
                             "devenus les titres de leur niveau}",
    "convert.print-links": "omis {count:plural:lien ou bouton|liens ou boutons} d'impression de la page ou de "
                           "fermeture de sa fenêtre ({shown:said}) : l'outil de l'ancien site, pas des mots de la "
                           "politique (ce site a son propre PDF)",
    "convert.top-links": "omis {count:plural:lien isolé|liens isolés} de retour en haut de la page (« {words} ») : la "
                         "navigation de l'ancienne page, pas des mots de la politique",
    "convert.hash-links": "{count:plural:lien|liens} vers « # » seul, {count:form:une commande|des commandes} que les "
                          "scripts de la page faisaient fonctionner (« {words} ») : {count:form:ses|leurs} mots "
                          "conservés, sans lien (rien sur ce site n'y répond)",
    "convert.number-beside-title": "{count:plural:titre|titres} dont la page plaçait le numéro à côté du texte par "
                                   "son seul style ({shown:said}) : une espace entre eux",
    "convert.link-no-host": "le lien « {label} » vers {href}, qui ne nomme aucune adresse (une fenêtre de lien "
                            "laissée telle qu'elle s'ouvre) : conservé son texte, retiré la cible",
    "convert.bold-capital-headings": "{count:plural:ligne en gras|lignes en gras} en capitales après les "
                                     "sections numérotées, {count:form:écrite|écrites} comme leurs titres "
                                     "({shown:said}) : une section chacune",
    "convert.annex-headings": "{count:plural:ligne en gras|lignes en gras} titrant une annexe après les sections "
                              "numérotées ({shown:said}) : une section chacune",
    "convert.number-over-title/heading": "{count:plural:numéro de section seul|numéros de section seuls} au-dessus "
                                         "d'un titre qui est son intitulé ({shown:said}) : un titre chacun, numéro et "
                                         "intitulé",
    "convert.word-number-alone": "{count:plural:numéro de section que Word dessine|numéros de section que Word "
                                 "dessine} seul sur sa ligne ({shown:said}) : une ligne en gras chacun, pas un élément "
                                 "de liste, lue comme le numéro de la section",
    "convert.title-lines/text": "le titre écrit sur deux lignes, « {first} » au-dessus de « {second} » : un seul "
                                "titre, ses lignes jointes",
    "convert.number-over-title/text": "{count:plural:numéro de section seul|numéros de section seuls} sur sa "
                                      "ligne au-dessus de celle de son intitulé ({shown:said}) : un titre chacun, "
                                      "numéro et intitulé",
    "convert.number-over-title": "{count:plural:numéro de section seul|numéros de section seuls} au-dessus d'une "
                                 "ligne de titre en gras ({shown:said}) : un titre chacun, numéro et intitulé",
    "convert.toc-box/links": "{count:plural:lien|liens} vers l'encadré de table des matières omis : vers le "
                             "haut de la page (#top), où il se trouvait",
    "convert.word-contents-heading": "le titre « {words} » au-dessus de la table des matières du document est "
                                     "devenu une ligne en gras : aucune section de la politique",
    "convert.generator-credit": "« {words} » est la mention d'un générateur de politiques, pas un texte de "
                                "l'entreprise : gardée, telle que les lecteurs l'ont vue dans cette version ; "
                                "retirez-la d'une nouvelle version si les conditions du générateur le permettent",
    "convert.contents-back-links": "omis {count:plural:lien|liens} de retour à la table des matières, "
                                   "{count:form:seul sur sa ligne|seuls sur leur ligne} ({words:each:, }) : le "
                                   "chemin de l'ancienne page pour y revenir, son titre étant devenu une ligne "
                                   "en gras, qu'aucun lien n'atteint",
    "convert.contents-top-links": "un lien vers le titre de la table des matières, devenu une ligne en gras, mène "
                                  "en haut de la page (#top), au-dessus d'elle",
    "convert.contents-heading": "le titre « {words} » au-dessus d'une table des matières (des liens vers les titres "
                                "de la page, rien d'autre) est devenu une ligne en gras : aucune section de la "
                                "politique",
    "convert.toc-box": "omis l'encadré d'une table des matières (« {words}… ») : des liens vers les titres de la "
                       "page, que le site dessine lui-même",
    "convert.pagers": "omis les liens vers les pages précédente et suivante ({links:each:, }) : la navigation de "
                      "l'ancien site, pas des mots de la politique",
    "convert.relative-times": "{count:plural:date|dates} que la page affichait {count:form:comptée|comptées} depuis "
                              "le jour où elle a été enregistrée, {count:form:écrite|écrites} comme le jour que "
                              "{count:form:contient son|contiennent leurs} datetime ({times:each:, }) : ces mots "
                              "n'étaient vrais que ce jour-là",
    "convert.feedback": "omis la question d'avis de la page avec ses boutons de réponse (« {words} ») : le sondage de "
                        "l'ancienne page, pas des mots de la politique",
    "convert.page-icons": "omis {count:plural:icône|icônes} qu'une page Notion ou Ghost affiche à côté de son titre et "
                          "de ses encadrés{drawn:opt: (%s)} : de la décoration, pas des mots de la politique",
    "convert.notion-properties": "omis les propriétés de la page Notion sous son titre (« {words} ») : la fiche de la "
                                 "page dans l'espace de travail, pas des mots de la politique",
    "convert.noscript": "le texte de la page n'est que dans un élément <noscript>, qu'un navigateur montre aux "
                        "lecteurs sans scripts (un script écrivait ce que les autres voyaient, et la page enregistrée "
                        "n'en contient rien) : lu ce texte ; comparez-le avec la page telle que les lecteurs la "
                        "voyaient",
    "convert.noscript-words": "gardé les mots de {count:plural:élément <noscript>|éléments <noscript>} dans "
                              "{count:form:une phrase|des phrases}, qu'un navigateur montre aux lecteurs sans scripts "
                              "là où un script écrit d'autres mots (une adresse électronique cachée aux robots ; la "
                              "page enregistrée n'en contient aucun) : {words:said} : comparez avec la page telle que "
                              "les lecteurs la voyaient",
    "convert.archive-addresses": "{count:plural:adresse|adresses} de la copie de l'archive du web "
                                 "{count:form:pointe|pointent} de nouveau vers l'original",
    "convert.google-redirects": "{count:plural:lien|liens} passant par la redirection de Google (google.com/url?q=…) "
                                "{count:form:pointe|pointent} directement vers {count:form:son|leur} adresse (le clic "
                                "d'un lecteur serait d'abord passé par Google)",
    "import.words": "{path} : {count:plural:mot|mots} du texte importé {count:form:absent|absents} du dictionnaire "
                    "{lang:language} {count:form:ajouté|ajoutés} à la liste ({examples}) : {count:form:relisez-le ; "
                    "s'il est mal orthographié, la faute est|relisez-les ; une faute d'orthographe parmi eux est} "
                    "celle du texte, à corriger dans une nouvelle version",
    "import.no-translation": "{version} : aucun texte en {lang:language} daté d'avant le {end:date} : cette version "
                             "n'a pas de page en {lang:language}",
    "import.no-translation/ahead": "{version} : aucun texte en {lang:language} daté d'avant le {end:date}, sinon "
                                   "{ahead}, qui traduit la version suivante : cette version n'a pas de page en "
                                   "{lang:language}",
    "import.after-newest": "{name} : daté du {date:date}, après la version en {authoritative:language} la plus "
                           "récente, du {version:date} : enregistré comme sa page en {lang:language}. Si un texte en "
                           "{authoritative:language} est entré en vigueur au plus tard le {date:date}, c'est lui que "
                           "ce fichier traduit : importez d'abord ce texte, puis de nouveau les textes en "
                           "{lang:language}",
    "import.replaced": "{name} : remplacé par {by} avant la version suivante : non conservé",
    "import.replaced/before": "{name} : daté d'avant le {version:date}, remplacé par {by} avant la version suivante "
                              ": non conservé",
    "import.translates-earlier": "{name} : daté du {date:date}, avant le {version:date}, il traduit le texte en "
                                 "{authoritative:language} du {earlier:date}, et non celui-ci : enregistré aussi "
                                 "comme sa page en {lang:language} (une version, une fois traduite, est publiée dans "
                                 "toutes les langues ensuite), les lecteurs lisant le texte antérieur sous la date "
                                 "du {version:date} ; importez le texte en {lang:language} du {version:date} s'il "
                                 "existe, sinon traduisez-le dans une nouvelle version",
    "import.translated-late": "{name} : daté du {date:date}, après le {version:date}, la version qu'il traduit : "
                              "enregistré comme sa page en {lang:language}, publiée à partir du {version:date}, bien "
                              "que l'ancien site ne l'ait affiché qu'à partir du {date:date} (le texte en "
                              "{authoritative:language} fait foi)",
    "import.translated-already": "{name} : déjà le texte en {lang:language} du {version:date} : rien à faire",
    "import.in-line": "{path} : enregistré dans le même commit : le texte en {lang:language} du {version:date} "
                      "traduit le texte en {authoritative:language} de même date (ce qu'enregistre `policy sync-mark "
                      "{lang} --all`)",
    "import.in-line/ahead": "{path} : enregistré dans le même commit : le texte en {lang:language} du "
                            "{version:date}, {name}, daté du {date:date} (mis en ligne avant), traduit le texte en "
                            "{authoritative:language} du {version:date} (ce qu'enregistre `policy sync-mark {lang} "
                            "--all`)",
    "import.in-line/unpaired": "{path} : non enregistré pour le {version:date} : {name} est daté du {date:date}, et "
                               "non du {version:date}, date du texte en {authoritative:language} ; une fois le texte "
                               "en {lang:language} aligné sur lui, `policy sync-mark {lang} --all`",
    "import.ahead": "{name} : daté du {date:date}, avant le {version:date}, il traduit le texte en "
                    "{authoritative:language} du {version:date} (mis en ligne quelques jours avant) : enregistré "
                    "comme la page de cette version",
    "import.withdrawn": "{version} : la page en {lang:language} qu'un import précédent lui a donnée ({sources}) "
                        "traduit un texte postérieur : retirée de cette version",
    "import.own-page": "{name} : {version} a sa propre page en {lang:language}, qu'aucun import n'a écrite : elle est "
                       "conservée, {name} n'est pas importé pour elle",
    "import.zip": "{archive} : une archive zip : ses fichiers sont lus comme ceux d'un dossier",
    "import.other-format/pdf": "un PDF n'a ni titres ni listes à lire : importez le fichier à partir duquel il a été "
                               "produit (.docx, .html), ou enregistrez-le au format Word (.docx) depuis un lecteur de "
                               "PDF qui le permet",
    "import.other-format/word-processor": "ouvrez-le dans Word ou LibreOffice et enregistrez-le au format Word (.docx)",
    "import.other-format/pages": "un document Apple Pages : ouvrez-le dans Pages et exportez-le au format Word "
                                 "(Fichier › Exporter vers › Word…, .docx)",
    "import.other-format/rtfd": "un document TextEdit avec ses images (un dossier) : ouvrez-le dans TextEdit et "
                                "enregistrez-le au format Word 2007 (.docx)",
    "import.other-format/zip": "une archive (la « Page Web (.html, compressée) » de Google Docs) : décompressez-la et "
                               "importez le .html qu'elle contient, nommé d'après sa date",
    "import.other-format/webarchive": "une page web enregistrée par Safari : enregistrez-la à nouveau en « Source de "
                                      "la page » (.html)",
    "import.other-format/xml": "un fichier XML (un export WordPress, Outils › Exporter, contient le HTML de chaque "
                               "page dans son <content:encoded>) : enregistrez la page de la politique telle que le "
                               "site l'affichait (.html), ou copiez son HTML dans un fichier nommé par le jour de son "
                               "entrée en vigueur (privacy-2021-02-17.html)",
    "import.other-format/tool": "la source d'un autre outil de documentation (reStructuredText, LaTeX …) : "
                                "convertissez-la en Markdown (pandoc --to gfm) ou enregistrez en .html la page que "
                                "son site affichait",
    "import.other-format/asciidoc": "de l'AsciiDoc, que pandoc ne lit pas : convertissez-le en HTML avec Asciidoctor "
                                    "(asciidoctor privacy.adoc) ou enregistrez en .html la page que son site affichait",
    "import.unread-formats": "{count:plural:version datée|versions datées} dans un format que l'import ne lit pas "
                             "(rien n'a été importé : une version omise maintenant ne pourrait plus être importée "
                             "après les suivantes) :\n  {items:each:\n  }\npuis, chacun enregistré ainsi à côté des "
                             "autres, relancez le même import",
    "import.skipped/language-name": "{path} : ignoré : son nom indique le texte en {lang:language} : importez-le avec "
                                    "--lang {lang}",
    "import.skipped/language-folder": "{path} : ignoré : son dossier indique le texte en {lang:language} : importez-le "
                                      "avec --lang {lang}",
    "import.skipped/document": "{path} : ignoré : son nom indique le texte du document {document} : importez-le avec "
                               "--document {document}",
    "import.skipped/resources": "{path} : ignoré : les ressources qu'un navigateur a enregistrées à côté de la page "
                                "(ses images, styles, scripts et cadres)",
    "import.skipped/notion-folder": "{path} : ignoré : une sous-page ou un fichier de la page {page} dans le "
                                     "dossier que Notion a exporté à côté d'elle, son nom sans date (celui d'une "
                                     "version est lu)",
    "import.skipped/word-lock": "{path} : ignoré : le fichier de verrou que Word garde à côté d'un document ouvert, "
                                "pas un document",
    "import.skipped/zip": "{path} : ignoré : une archive zip : décompressez-la, et importez le dossier obtenu",
    "import.skipped/other-format": "{path} : ignoré : pas un type de fichier que l'import lit ({formats:each: ; }) : "
                                   "{how:said}",
    "import.skipped/same-text": "{path} : ignoré : le texte du {day:date} de {name}, aux mêmes mots : une seule "
                                "version, lue dans le fichier que voyaient les lecteurs",
    "import.skipped/format": "{path} : ignoré : pas un type de fichier que l'import lit ({formats:each: ; })",
    "import.skipped/text": "{path} : ignoré : un texte brut dont le nom ne contient pas de date (celui d'une version "
                           "est lu)",
    "import.skipped/text-stated": "{path} : ignoré : un texte brut dont le nom ne contient pas de date, une note "
                                  "à côté des archives ; son texte dit « {said} » : si c'est une version du texte, "
                                  "nommez-le {renamed}",
    "import.skipped/same-day": "{path} : ignoré : le texte du {day:date} est importé depuis {name}",
    "import.skipped/capture": "{path} : ignoré : la capture du {day:date} par l'archive du web du texte que contient "
                              "{name}, daté du {date:date} par sa ligne, ses mots inchangés : une seule version",
    "import.captures-differ": "{second} : son texte n'est pas celui de {first}, bien que tous deux indiquent « {said} "
                              "» ({date:date}) : le texte a changé entre les captures de l'archive du web du "
                              "{seen:date} et du {then:date}, un jour qu'aucune n'indique : renommez-le {renamed}, le "
                              "jour où il est entré en vigueur (l'annonce de l'ancien site peut l'indiquer), ou "
                              "laissez-le de côté",
    "import.dated-by-capture-text": "daté du {date:date} par « {said} » de son texte : l'archive du web l'a capturé le "
                                    "{day:date} ({capture}), un jour où il était en vigueur, et non le jour où il est "
                                    "entré en vigueur",
    "import.dated-by-text-reading": "daté du {date:date} : le {written} de son nom peut se lire jour en premier ou "
                                    "mois en premier, et son texte dit « {said} »",
    "import.dated-by-text-month": "daté du {date:date} : le {written} de son nom désigne un mois, et son texte dit "
                                  "« {said} »",
    "import.skipped/copy": "{path} : ignoré : une copie, octet pour octet, de {name}, de même date",
    "import.inner-zips": "{count:plural:archive zip|archives zip} dans les dossiers donnés ({first}, …) : plus de "
                         "{most:number}, bien plus que n'en contient une archive de politiques : décompressez-les, ou "
                         "nommez chacune sur la ligne de commande (rien n'a été importé)",
    "import.put-back-failed": "{error:said} ; remettre en place ce qu'il avait écrit a aussi échoué ({undo}) : `git "
                              "status` montre ce qu'il en reste ({paths})",
    "verify.foreign": "{version} : construite à partir d'un texte que cette branche n'a jamais contenu (un aperçu "
                      "d'une autre branche, mis sur celle-ci par `make build` depuis celle-là, même fusionnée "
                      "depuis) : ce n'a jamais été le texte de cette branche",
    "verify.foreign/detached": "{version} : construite à partir d'un texte que ni le commit en cours (HEAD, {head}, "
                               "sur aucune branche) ni aucune branche qui le contient n'a jamais contenu (un aperçu "
                               "d'une autre branche, mis sur celle-ci par `make build` depuis celle-là, même "
                               "fusionnée depuis) : ce n'a jamais été le texte de cette branche",
    "verify.diverged": "{version} : sur {remote}/{branch}, ce que le site sert, et pas sur la branche locale "
                       "{branch}, qui a divergé par rapport à elle (chacune a des commits que l'autre n'a pas), sans "
                       "en avoir été retirée : réconciliez-les (`git branch -f {branch} {remote}/{branch}` garde celle "
                       "du dépôt distant, ou `git switch {branch} && git merge {remote}/{branch}`), ou vérifiez la "
                       "copie du site : `policy verify -b {remote}/{branch}`",
    "verify.rewound": "{version} : était sur {branch} au commit {commit} (journal des références de {ref} dans ce "
                      "clone) et n'y est plus : la branche a été ramenée (reset ou push forcé) à un état antérieur ; "
                      "une version publiée reste (`git branch -f {branch} {commit}`, puis poussez-la)",
    "verify.rewound/tag": "{version} : était sur {branch} au commit {commit} (son tag {ref}, poussé avec elle) et "
                          "n'y est plus : la branche a été ramenée (reset ou push forcé) à un état antérieur ; une "
                          "version publiée reste (`git branch -f {branch} {commit}`, puis poussez-la)",
    "verify.removed": "{version} : publiée, puis retirée de {branch} par son commit {commit} : une version publiée "
                      "reste (annulez ce commit sur la branche avec git revert)",
    "verify.rebuilt-elsewhere": "{version} : publiée à partir du commit {then} (selon son relevé de publication ajouté "
                                "par {commit}), reconstruite depuis à partir de {now}, qui porte le même texte (son "
                                "empreinte) : {then} reste le commit d'où elle a été publiée, que ce clone l'ait "
                                "encore ou non",
    "verify.resourced": "{version} : publiée à partir du texte du commit {then} (selon son relevé de publication "
                        "ajouté par {commit}), elle nomme désormais {now} : le texte d'une version ne change jamais "
                        "une fois publié ; ses fichiers ont été remplacés sur {branch} par un autre texte de cette "
                        "date : remettez-les",
    "verify.pdf-replaced": "{path} : n'est pas le PDF que {commit} a publié : son relevé de publication enregistrait "
                           "alors une autre empreinte pour le même texte et la même impression, et une impression "
                           "donne toujours les mêmes octets : le PDF a été remplacé sur {branch} avec l'empreinte de "
                           "son relevé de publication : remettez les deux",
    "verify.stranger": "{version} : ajoutée à {branch} par son commit {commit} « {subject} », pas par la "
                       "publication, et aucun commit de l'historique de cette politique ne contient son texte (son "
                       "relevé de publication nomme le commit {source}, que ce dépôt n'a jamais eu) : une version "
                       "venue d'ailleurs (le dossier d'un autre site copié ?), que cette politique n'a pas publiée ; "
                       "retirez-la de la branche (`git revert {commit}` sur celle-ci), ou, si elle est bien de cette "
                       "politique, récupérez l'historique qui a son commit (`git fetch <ce clone> {source}`)",
    "verify.after-stranger": "{branch} contient {versions}, venue d'ailleurs (dit plus haut) : ses listes et les pages "
                             "de son archive, construites sans elle, ne sont pas comparées tant qu'elle n'est pas "
                             "retirée",
    "verify.unproven": "{version} : son relevé de publication a été ajouté par {commit} « {subject} », et non par le "
                       "commit que la publication écrit pour elle : l'historique de {branch}, la preuve de la date à "
                       "laquelle le texte a été mis en ligne, a été réécrit (squash ?) : restaurez la branche à partir "
                       "d'une copie qui l'a encore",
    "verify.unproven/none": "{version} : aucun commit de l'historique de {branch} n'a ajouté son relevé de "
                            "publication, pas même celui que la publication écrit pour elle : l'historique de "
                            "{branch}, la preuve de la date à laquelle le texte a été mis en ligne, a été réécrit "
                            "(squash ?) : restaurez la branche à partir d'une copie qui l'a encore",
    "verify.relinked": "{version} : ses liens vers les autres documents du site : désormais {now:said}, et lorsque "
                       "{commit} l'a publiée, {then:said} : les liens d'une version publiée ne changent jamais ; ils "
                       "ont été modifiés sur {branch} avec son relevé de publication : remettez-les",
    "verify.rerecorded": "{version} : le champ `{field}` de son relevé de publication (sa date de mise en ligne, "
                         "comment elle est née) n'est pas ce que {commit} a enregistré en la publiant : cet "
                         "enregistrement est une preuve, jamais réécrite ; il a été modifié sur {branch} : "
                         "restaurez-le",
    "verify.lands": "{links:each:, }",
    "verify.lands/one": "{page} → {target:else:verify.first-document} {date}",
    "verify.lands/nowhere": "aucun",
    "verify.first-document": "le premier document",
    "verify.redated": "{version} : annoncée le {announced:date} et publiée avant sa date, par {commit}, daté du "
                      "{day:date} : la publication date une telle version du jour de son annonce ; les dates de "
                      "{branch} ont donc été modifiées (son historique est la preuve de la date à laquelle chaque "
                      "texte a été mis en ligne) : restaurez la branche à partir d'une copie qui les a encore",
    "verify.misdated": "{branch} : son commit {commit} « {subject} » est {why:said} : l'historique de {branch}, la "
                       "preuve de la date à laquelle chaque texte a été mis en ligne, a été réécrit avec d'autres "
                       "dates : restaurez la branche à partir d'une copie qui les a encore",
    "verify.misdated/two-dates": "daté du {authored} par son auteur et du {committed} par son committer, alors que la "
                                 "publication écrit une seule date pour les deux : il a été réécrit depuis (`git "
                                 "commit --amend --date`, un rebase)",
    "verify.misdated/before-previous": "daté du {committed}, avant le commit qu'il suit ({previous}, daté du {then}) : "
                                       "la publication date chaque commit après le précédent",
    "verify.misdated/before-date": "daté du {committed}, avant le {version}, date de la version qu'il a publiée, qui "
                                   "n'a pas de `announced:` : la publication refuse un tel texte avant sa date",
    "verify.misdated/not-recorded": "daté du {committed}, alors que l'enregistrement de publication de {version} "
                                    "qu'il a ajouté dit qu'elle a été publiée le {published} : la publication date ce "
                                    "commit du moment que l'enregistrement indique",
    "verify.absent": "{version} (commit {commit}) : une version datée de l'historique, antérieure au {newest:date}, "
                     "n'est pas sur {branch} : retirée de l'archive ; elle a été en vigueur de sa date jusqu'à celle "
                     "de la version suivante, et ne peut plus être publiée après une version postérieure "
                     "(inscrivez-la dans {file} si elle ne l'a jamais été)",
    "verify.absent/refused": "{version} (commit {commit}) : une version datée de l'historique, antérieure au "
                             "{newest:date}, n'est pas sur {branch} : jamais publiée (datée d'avant le {later:date}, "
                             "publiée à partir d'un commit antérieur : la publication l'a refusée) ; inscrivez "
                             "{commit} dans {file} comme jamais publié",
    "verify.absent/in-force": "{version} (commit {commit}) : une version datée de l'historique, en vigueur depuis sa "
                              "date selon celui-ci, n'est pas sur {branch} : publiez-la (`policy history`), ou "
                              "cherchez pourquoi la branche ne l'a pas (ramenée en arrière par un force-push ?)",
    "verify.absent/announced": "{version} (commit {commit}) : une version datée de l'historique, annoncée le "
                               "{announced:date} pour entrer en vigueur le {version:date}, n'est pas sur {branch} : "
                               "publiez-la (`policy history`), ou cherchez pourquoi la branche ne l'a pas (ramenée en "
                               "arrière par un force-push ? le texte annoncé aux lecteurs doit rester tel qu'il a été "
                               "annoncé)",
    # a version to publish that `policy history` refuses, or that waits for one it refuses (verify._to_publish)
    "verify.absent/refused-now": "{version} (commit {commit}) : une version datée de l'historique, {state:said}, n'est "
                                 "pas sur {branch}, et `policy history` la refuse : {reason:said}",
    "verify.absent/waiting": "{version} (commit {commit}) : une version datée de l'historique, {state:said}, n'est pas "
                             "sur {branch} : `policy history` ne publie aucune version tant qu'il refuse {refused} "
                             "(lancez-le : il dit pourquoi)",
    "verify.absent/head": "{version} (commit {commit}) : une version datée de l'historique, {state:said}, n'est pas "
                          "sur {branch} : `policy history` ne publie aucune version tant qu'il refuse le texte du "
                          "commit courant (lancez-le : il dit pourquoi)",
    "verify.absent/checks": "ses vérifications trouvent {count:plural:problème|problèmes} dans son texte (`policy "
                            "history` les nomme), {finding:said}{count:form:| …}",
    "verify.absent/state-in-force": "en vigueur depuis sa date selon celui-ci",
    "verify.absent/state-announced": "annoncée le {announced:date} pour entrer en vigueur le {version:date}",
    "verify.shared-renamed": "{folder}{files} : ce ne sont pas les fichiers d'après lesquels le dossier est nommé "
                             "(une empreinte des chemins et des octets de ses fichiers) : remplacés sur la branche en "
                             "même temps que {listing} ; remettez-les (`git log -p {folder}`)",
    "verify.shared-unlisted": "{folder} ({source}) : ses pages renvoient à {theme}, qu'aucun relevé de publication ne "
                              "liste ({listing} est manquant)",
    "verify.shared-unlinked": "{folder} : aucune version n'y renvoie (la publication supprime un tel dossier) : "
                              "ajouté sur la branche avec {listing} ?",
    "verify.hand-edited": "{version} : changements dans {paths} depuis que {commit} l'a publiée : construite avec un "
                          "autre générateur, elle ne peut pas être reconstruite pour montrer ce qui a changé ; "
                          "reconstruisez-la avec celui d'aujourd'hui (policy history --rebuild) si une reconstruction "
                          "en est la cause, sinon remettez les fichiers",
    "verify.nothing": "rien à vérifier : {why:said}",
    "verify.remote": "{remote}/{name} est vérifiée",
    "verify.remote/no-local": "{remote}/{name} est vérifiée (il n'y a pas de branche {name} locale)",
    # --- `policy sync-mark`, `policy words`, `policy build` and `policy diff` (cli.py, checks.py, sides.py) -------
    "sync-mark.needs": "sync-mark attend des numéros de section ou --all",
    "sync-mark.marked": "{path:said} : {count:plural:section marquée comme alignée|sections marquées comme alignées} "
                        "sur le texte de référence : {numbers}",
    "sync-mark.anew": "{path} (illisible : réécrit)",
    "sync-mark.authoritative": "{lang:language} ({lang}) : c'est la langue qui fait foi : seules les traductions sont "
                               "marquées",
    "sync-mark.no-section": "{path} n'a pas de section {sections} : ses sections sont {some}",
    "sync-mark.unread": "{finding} : rien n'a été marqué",
    "sync-mark.no-numbered": "{path} n'a aucune section numérotée à marquer",
    "sync-mark.linked": "{path} : le registre de traduction est un lien symbolique, ou se trouve dans un sous-module "
                        "ou hors du projet : c'est un fichier propre au projet, tel que git l'enregistre ; rien n'a "
                        "été écrit",
    "words.needs": "policy words attend --prune (la seule action sur les listes de mots à ce jour)",
    "words.pruned": "{path} : {count:plural:entrée inutilisée supprimée|entrées inutilisées supprimées} : {words}",
    "words.pruned/none": "{path} : {count:plural:entrée inutilisée supprimée|entrées inutilisées supprimées}",
    "words.linked": "{path} : la liste de mots est un lien symbolique, ou se trouve dans un sous-module ou hors du "
                    "projet : c'est un fichier propre au projet, tel que git l'enregistre ; rien n'a été écrit",
    "build.built": "construit : {path}",
    "diff.docx-output": "--format docx écrit un document Word : nommez-le avec -o FICHIER",
    "diff.pdf-output": "--format pdf écrit un document PDF : nommez-le avec -o FICHIER",
    "diff.pdf-failed": "le PDF du comparatif n'a pas pu être imprimé ({reason}) : une lettre qu'aucune police des PDF "
                       "ne dessine demande un fichier de police dans un dossier du projet indiqué comme dossier des "
                       "polices des PDF (`extra.policy.pdf_fonts`)",
    "diff.pdf-failed/script": "le PDF du comparatif n'a pas pu être imprimé : aucune police du PDF en "
                              "{lang:language} ne dessine les lettres {script:script} ({named}). Ajoutez les fichiers "
                              "de police (.otf, .ttf ou .ttc) d'une famille qui les dessine{font:opt:, comme %s}"
                              "{file:opt:, dont cette machine a le fichier (%s)}{none}, dans un dossier du projet "
                              "(fonts/) et indiquez-le dans mkdocs.yml, `extra.policy.pdf_fonts: [fonts]`",
    "diff.same": "{old} et {new} ont le même texte en {language:language}{notes:said}{restyled:said}{redated:said}",
    "diff.same/restyled": " ; {count:plural:titre écrit son numéro autrement|titres écrivent leur numéro autrement}, "
                          "montré ci-dessous",
    "diff.same/notes": " (seulement {whitespace:plural:modification d'espacement|modifications d'espacement} et "
                       "{formatting:plural:modification de mise en forme|modifications de mise en forme})",
    "diff.same/notes-whitespace": " (seulement {whitespace:plural:modification d'espacement|"
                                  "modifications d'espacement})",
    "diff.same/notes-formatting": " (seulement {formatting:plural:modification de mise en forme|"
                                  "modifications de mise en forme})",
    "diff.same/translated": " ; le texte en {others:languages} change (`--lang {code}` le montre) : cette version "
                            "est donc publiée, et sa page des modifications en {language:language} indique « Aucune "
                            "modification du texte. »",
    "diff.not-postponed": " : datée du {new:date}, elle ne reporterait pas la version du {old:date}, publiée avant sa "
                          "date : celle-ci entre quand même en vigueur le {old:date} et le reste jusqu'au "
                          "{eve:date} inclus, puis celle-là, dont l'entrée d'historique, la page des modifications et "
                          "l'élément du flux indiquent « Aucune modification du texte. » (une version publiée n'est "
                          "jamais retirée : pour garder le texte aujourd'hui en vigueur, enregistrez-le de nouveau "
                          "avec une date postérieure au {old:date})",
    "diff.redated": " : datée du {new:date}, elle serait publiée comme une version dont l'entrée d'historique, la "
                    "page des modifications et l'élément du flux indiquent « Aucune modification du texte. » si "
                    "aucune autre langue ne change (une relecture qui confirme le texte peut l'indiquer dans "
                    "`summary:`)",
    "diff.stale": "le texte modifié est daté du {new:date}, non postérieur au {old:date}, la version publiée à "
                  "laquelle il est comparé : sa publication serait refusée (une version publiée ne change jamais) ; "
                  "donnez-lui une date postérieure au {old:date} dans toutes les langues",
    "diff.stale/announced": "le texte modifié est daté du {new:date}, avant la version du {old:date}, publiée avant "
                            "sa date, qui entre en vigueur ce jour-là quoi que contienne cette branche (une version "
                            "publiée n'est jamais retirée ni modifiée) : fusionner ceci n'en retire rien ; pour que ce "
                            "texte soit en vigueur après elle, donnez-lui une date postérieure au {old:date} dans "
                            "toutes les langues",
    "diff.summary-repeated": "{path} : summary: est celui du {date}, la version à laquelle il est comparé, alors que "
                             "le texte change : la publication le refuserait (frontmatter.summary-repeated) ; écrivez "
                             "ce que fait cette modification",
    "diff.announced-repeated": "{path} : announced: {announced:iso} est celui du {date}, et le texte modifié entre en "
                               "vigueur au plus tard aujourd'hui : la publication le refuserait "
                               "(frontmatter.announced-repeated) ; supprimez announced:",
    "diff.warning": "> **Avertissement :** {line:said}\n\n",
    "diff.template-linked": "overrides/partials/redline.html est un lien symbolique ou se trouve hors du projet : la "
                            "comparaison s'affiche avec le modèle propre au projet uniquement",
    "diff.template-own": "overrides/partials/redline.html n'est pas celui du générateur : un modèle propre au projet "
                         "écrirait la comparaison (ses mots, un script, les sections qu'elle montre) sans qu'aucune "
                         "vérification ne le lise, et la publication le refuse aussi ; copiez celui du générateur "
                         "par-dessus (policy upgrade)",
    "diff.output-project": "{output} se trouve {why:said} : écrivez la comparaison ailleurs (rien n'a été écrit)",
    "diff.output-in-docs": "dans le dossier docs des textes en {code:language}, à partir duquel le site est construit",
    "diff.output-in-git": "dans le dossier .git du dépôt, que seul git écrit",
    "diff.output-tracked": "parmi les fichiers du projet, que git suit",
    "diff.output-folder": "{output} est un dossier : nommez le fichier à écrire, par exemple {example}",
    "diff.output-parent": "{parent} n'existe pas : créez-le d'abord, ou écrivez la comparaison dans un dossier "
                          "existant",
    "diff.output-under-file": "{output} ne peut pas être écrit : {file} est un fichier, pas un dossier ; écrivez la "
                              "comparaison dans un dossier",
    "diff.output-failed": "{output} ne peut pas être écrit ({reason}) : écrivez la comparaison ailleurs",
    "diff.no-archive": "ce clone n'a pas de branche {branch}, où sont les versions publiées : si le site en a (le "
                       "clone d'un fork, ou de main seule), récupérez-les depuis le dépôt du site, `{fetch}`, puis "
                       "relancez la commande ; si aucune n'est encore publiée, publiez-en une avec `policy publish` ; "
                       "ou comparez des dates de l'historique git",
    "diff.none-published": "il n'y a aucune version publiée sur la branche {branch} : publiez-en une avec `policy "
                           "publish`, ou comparez des dates de l'historique git",
    "diff.not-a-version": "« {name} » n'est pas une version : donnez une date (AAAA-MM-JJ), `latest` (celle en "
                          "vigueur aujourd'hui), `newest` (la dernière publiée, annoncée à l'avance ou non) ou "
                          "`worktree` (le texte tel qu'il est enregistré dans le dossier, commité ou non)",
    "diff.commit-gone": "la version publiée {version} a été construite à partir du commit {commit}, qui n'est pas dans "
                        "ce clone (modifié par amend, ou non récupéré) : récupérez-le (`git fetch --unshallow`), ou "
                        "comparez une autre version",
    "diff.commit-gone/rewritten": "la version publiée {version} a été construite à partir du commit {commit}, que ce "
                                  "dépôt, un clone complet, n'a pas, ni aucun commit portant le même texte : "
                                  "l'historique dont elle a été publiée a été réécrit depuis (un squash, un rebase, "
                                  "poussé de force) ; récupérez le commit d'un clone qui l'a encore "
                                  "(`git fetch <ce clone> {sha}`), ou comparez une autre version",
    "diff.manifest-edited": "le relevé de publication de la version publiée {version} nomme {path} au commit {commit}, "
                            "un texte autre que celui qu'il enregistre (son empreinte) : le relevé de publication a "
                            "été modifié sur la branche (`policy verify` indique ce qui y a changé)",
    "diff.no-version": "aucune version datée du {version} : les versions connues sont {known:list}",
    "diff.no-version/none": "aucune version datée du {version} : l'historique ne date encore aucune version",
    "diff.no-version/shallow": "aucune version datée du {version} dans ce clone, dont l'historique s'arrête à "
                               "{stops:each:, } (un clone superficiel, `--depth`) : les versions commitées avant "
                               "manquent (versions connues : {known:list}) ; récupérez tout l'historique "
                               "(`git fetch --unshallow` ; sur GitHub Actions, `fetch-depth: 0` dans actions/checkout) "
                               "et comparez à nouveau",
    "diff.unpublished-between": "{count:plural:version commitée|versions commitées} après le {version:date}, la "
                                "version publiée la plus récente, {count:form:n'est|ne sont} pas encore "
                                "{count:form:publiée|publiées} ({versions:list}) : cette redline montre aussi "
                                "{count:form:ses modifications|leurs modifications} comme celles de ce texte ; "
                                "`make publish-history` {count:form:la|les} publie, et `policy diff {newest:iso} "
                                "worktree` montre cette modification seule",
    "diff.note": "> **Remarque :** {line:said}\n\n",
    "diff.spelling-only": "seule l'orthographe {count:form:d'un mot|de mots} change ({count:plural:mot|mots}), aucun "
                          "autre mot : {words:each}",
    "diff.spelling-only/material": "seule l'orthographe {count:form:d'un mot|de mots} change "
                                   "({count:plural:mot|mots}), aucun autre mot : {words:each} (une correction : "
                                   "`change: editorial` dans l'en-tête le dit dans l'historique et le flux, et ne "
                                   "demande aucun préavis)",
    "diff.spelling-only/word": "« {new} » pour « {old} »{section:opt: (§%s)}",
    "diff.punctuation-only": "seule la ponctuation change, aucun mot : {signs:each}",
    "diff.punctuation-only/material": "seule la ponctuation change, aucun mot : {signs:each}. Un signe peut changer "
                                      "ce qu'une phrase impose (une virgule dans une énumération ou une condition) : "
                                      "relisez chacun dans sa phrase ; si aucun n'en change le sens, `change: "
                                      "editorial` dans l'en-tête le dit dans l'historique et le flux, et ne demande "
                                      "aucun préavis",
    "diff.punctuation-only/one": "« {old} » devient « {new} »{section:opt: (§%s)}",
    "diff.behind": "l'historique de cette branche n'a pas le texte du {version:date}, publié depuis (commit "
                   "{commit}) : elle est partie de la version du {base:date}. Cette redline compare avec le texte "
                   "publié maintenant, celui du {version:date}, et non avec celui dont la branche est partie : elle "
                   "montre ce qui a été publié depuis{sections:opt: (%s)} comme annulé par ce texte. Intégrez-le "
                   "d'abord (`git merge {source}`, ou un rebase dessus), puis comparez de nouveau",
    "diff.behind/unknown": "l'historique de cette branche n'a ni le texte du {version:date}, publié depuis le commit "
                           "{commit}, ni aucun texte publié avant lui : cette redline compare avec le texte publié "
                           "maintenant, celui du {version:date}, et montre tout ce qui en diffère comme les "
                           "modifications de ce texte. Intégrez-le d'abord (`git merge {source}`, ou un rebase "
                           "dessus), puis comparez de nouveau",
    "diff.brought-back": "ce texte reprend les mots de la version publiée du {version:date} (en-tête à part) : "
                         "publié, il rétablit ce texte et annule ce qui a changé depuis ; dites-le dans son "
                         "`summary:` dans chaque langue, que l'historique et le flux affichent",
    "diff.figures": "{count:plural:nombre change|nombres changent} dans le texte : {figures:each}",
    "diff.figures/one": "« {old} » devient « {new} »{section:opt: (§%s)}",
    "diff.links": "{count:plural:adresse de lien change|adresses de lien changent} : {links:each}",
    "diff.links/one": "le lien vers {old} mène désormais à {new}{section:opt: (§%s)}",
    "diff.new-language": "la version {version} n'a pas de page en {lang:language} : le texte en {lang:language} est "
                         "nouveau, montré en entier comme inséré",
    "workflow.redlines": "Les redlines Word (suivi des modifications), une par langue : l'artefact `redline` de cette "
                         "exécution.",
    "workflow.unpublished": "Aucune version publiée pour l'instant : rien à comparer.",
    "diff.no-page": "la version {version} n'a pas de page en {lang:language}",
    "diff.no-page/later": "la version {version} n'a pas de page en {lang:language} : le premier texte en "
                          "{lang:language} publié est celui de la version {first} (avant elle, le texte en vigueur "
                          "en {lang:language} était celui qui fait foi)",
    "diff.no-page/dropped": "la version {version} n'a pas de page en {lang:language} : la configuration ne liste "
                            "plus cette langue ({lang}), et les textes en {lang:language} que le site sert sont ceux "
                            "publiés avant : {versions:list}",
    "diff.worktree-dropped": "il n'y a pas de texte en {lang:language} à comparer à `worktree` : la configuration "
                             "ne liste plus cette langue ({lang}), et les textes en {lang:language} que le site sert "
                             "sont ceux publiés avant : {versions:list} ; comparez-en deux (`policy diff {first} "
                             "{last} --lang {lang}`), ou le texte modifié dans une langue que la configuration liste",
    "diff.worktree-dropped/one": "il n'y a pas de texte en {lang:language} à comparer à `worktree` : la configuration "
                                 "ne liste plus cette langue ({lang}), et le seul texte en {lang:language} que le site "
                                 "sert est {first}, publié avant ; comparez le texte modifié dans une langue que la "
                                 "configuration liste",
    "check.page-left-out": "{path} : la page de la politique en {code:language} est enregistrée dans git, mais git "
                           "la tient hors de cette copie de travail (une extraction partielle, `git "
                           "sparse-checkout`) : faites-la revenir (`git sparse-checkout add {folder}`, ou `git "
                           "sparse-checkout disable`) et relancez la commande",
    "check.page-deleted": "{path} : la page de la politique en {code:language} a été supprimée de ce dossier, mais "
                          "le dernier commit la contient : faites-la revenir (`git restore --source=HEAD --staged "
                          "--worktree -- {path}`) et relancez la commande",
    "check.page-moved": "{path} : la page de la politique en {code:language} n'est pas dans le commit courant : "
                          "{item}",
    "check.page-removed": "{path} : la page de la politique en {code:language} n'est pas dans le commit courant : "
                            "{item}",
    "check.page-removed/translation": "{path} : la page de la politique en {code:language} n'est pas dans le commit "
                                      "courant : {item}. Si le site doit plutôt cesser de paraître en "
                                      "{code:language}, c'est un changement de sa configuration, pas de ses pages : "
                                      "retirez `code: {code}` des langues du site (`extra.policy.languages`) dans "
                                      "mkdocs.yml et "
                                      "supprimez {config}, dans un même commit (aucune version en {code:language} "
                                      "n'est encore publiée : dès qu'une l'est, la langue fait partie de toutes les "
                                      "versions suivantes)",
    "check.page-removed/published": "{path} : la page de la politique en {code:language} n'est pas dans le commit "
                                    "courant : {item}. Le site ne peut pas cesser de paraître en {code:language} : "
                                    "cette langue est publiée sur {branch} (depuis {first}), et une langue, une "
                                    "fois publiée, fait partie de toutes les versions suivantes (les adresses de "
                                    "ses lecteurs, la version en vigueur) : la publication refuse un texte ou une "
                                    "configuration sans elle, remettez donc la page",
    "check.page-missing": "{path} : la page de la politique en {code:language} n'existe pas : importez les textes "
                          "en {code:language} (policy import --lang {code}{option} FICHIERS-OU-DOSSIERS) ou écrivez "
                          "la page",
    "check.page-missing/translation": "{path} : la page de la politique en {code:language} n'existe pas : importez "
                                      "les textes en {code:language} (policy import --lang {code}{option} "
                                      "FICHIERS-OU-DOSSIERS, après ceux en {authoritative:language}) ou "
                                      "écrivez la page",
    "argparse.usage": "usage : ",
    "argparse.required": "ces arguments sont obligatoires : %s",
    "argparse.unrecognized": "arguments non reconnus : %s",
    "argparse.choice": "choix invalide : %(value)r (choisissez parmi %(choices)s)",
    "argparse.argument": "argument %(argument_name)s : %(message)s",
    "argparse.one": "un argument attendu",
    "argparse.at-most-one": "au plus un argument attendu",
    "argparse.at-least-one": "au moins un argument attendu",
    "argparse.count": "%s arguments attendus",
    "argparse.count/one": "%s argument attendu",
    "argparse.value": "valeur %(type)s invalide : %(value)r",
    "argparse.ambiguous": "option ambiguë : %(option)s peut désigner %(matches)s",
    "argparse.not-allowed": "incompatible avec l'argument %s",
    "argparse.one-of": "l'un des arguments %s est obligatoire",
    "argparse.explicit": "argument explicite ignoré : %r",
    # (argparse writes a heading's colon after it: the no-break space French puts before it is the heading's)
    "argparse.positional": "arguments positionnels\u00a0",
    "argparse.options": "options\u00a0",
    "argparse.help": "affiche cette aide et quitte",
    "help.policy": "Vérifie, construit et publie le site de la politique de confidentialité.",
    "help.root": "racine du projet, qui contient mkdocs.yml (par défaut : le plus proche dossier qui en contient un, "
                 "d'ici en remontant ; sinon .)",
    "help.check": "vérifie chaque langue de la politique sans construire le site",
    "help.sync-mark": "enregistre que des sections d'une traduction sont alignées sur le texte de référence",
    "help.words": "tient à jour les listes de mots (docs/<langue>/.words.txt)",
    "help.import": "enregistre dans un commit les textes antérieurs d'une entreprise, datés par leurs noms de fichiers",
    "help.build": "construit chaque langue en une arborescence prête à déployer",
    "help.diff": "comparaison entre deux versions, chacune une date, `latest`, `newest` ou `worktree`",
    "help.publish": "publie la politique du commit courant comme sa version datée",
    "help.history": "publie chaque version datée de l'historique git pas encore sur la branche",
    "help.verify": "revérifie les fichiers publiés par rapport au relevé de publication",
    "help.at": "la version publiée en vigueur un jour donné, et son URL",
    "help.at-section": "une section, par son numéro ou l'identifiant de son lien (7.3, s7-3) : son texte en vigueur ce "
                       "jour-là",
    "help.at-section-option": "comme SECTION",
    "help.at-proof": "nommer ce qui le prouve : le commit source du texte, les fichiers de la branche qui le publient, "
                     "chacun comparé à l'empreinte que son relevé de publication enregistre, et le commit de la "
                     "branche qui a ajouté ce relevé",
    "help.export": "écrit la branche dans un dossier telle qu'elle est servie",
    "help.init": "crée un nouveau dépôt git contenant le site de la politique d'une entreprise",
    "help.upgrade": "apporte les hooks et fichiers de thème de ce générateur à un site créé par une version antérieure",
    "help.languages-command": "affiche les codes des langues du site, celle de référence en premier",
    "help.note": "affiche l'une des notes du workflow de pull request dans la langue du site",
    "help.note-name": "redlines : où sont les redlines Word ; unpublished : aucune version publiée à comparer",
    "help.lang": "seulement cette langue (répétable) ; par défaut : toutes",
    "help.check-format": "github : chaque problème en annotation que GitHub affiche sur sa ligne dans la pull request "
                         "(la vérification du workflow des pull requests)",
    "help.configuration": "seulement les règles de la configuration (ce que `make preview` exécute avant `mkdocs "
                          "serve`)",
    "help.messages": "la langue des messages de la commande (en, fr ; par défaut : $POLICY_MESSAGES, sinon la langue "
                     "des messages réglée pour le site, `extra.policy.messages`, sinon celle de la langue qui "
                     "fait foi si des messages y sont écrits, sinon en)",
    "help.sync-mark-lang": "langue de la traduction, par exemple en",
    "help.sections": "numéros de section, par exemple 7.3 15",
    "help.all": "toutes les sections (après une relecture complète)",
    "help.document-first": "l'un des documents du site, par son id (par défaut : le premier)",
    "help.prune": "supprime les entrées qu'aucun texte n'emploie",
    "help.import-lang": "langue des textes, par exemple fr",
    "help.sources": "fichiers ou dossiers dont les noms portent la date d'entrée en vigueur de chaque texte "
                    "(confidentialite-2021-02-17.html) : Markdown (`.md .markdown .mdx .qmd .mdown .mkd .mkdn "
                    ".markdoc .mdoc`), HTML (`.html .htm .xhtml .mhtml .mht`, et une page enregistrée en `.php .phtml "
                    ".asp .aspx .jsp .cfm .shtml`), Word (`.docx .docm .dotx .dotm`, et `.doc .rtf .wpd` par "
                    "LibreOffice), OpenDocument (`.odt .fodt`), texte brut (`.txt`), fichier de données d'un site "
                    "(`.yml .yaml .json .toml`)",
    "help.git": "les sources sont des fichiers du dépôt git d'un ancien site (~/ancien-site/privacy.md) : importe "
                "chaque texte qu'a contenu sa branche, daté du jour que le texte indique, sinon de celui que nomme une "
                "de ses étiquettes (v2021-02-17), sinon de celui de son commit",
    "help.ref": "avec --git : la branche, l'étiquette ou le commit dont l'historique est lu (par défaut : la branche "
                "extraite), par exemple gh-pages pour les pages construites d'un ancien site",
    "help.import-document": "le document du site dont sont ces textes, par son id dans la liste des documents du site "
                            "(`extra.policy.documents` ; nécessaire quand le site en a plusieurs)",
    "help.import-new-document": "avec --document : un document que le site n'a pas encore (une politique cookies à "
                                "côté de la politique de confidentialité), déclaré dans la liste des documents du "
                                "site (`extra.policy.documents` : page <id>.md, intitulé comme son texte le plus "
                                "récent) dans un commit à part",
    "help.site-dir": "où écrire le site (par défaut : public/ dans le projet)",
    "help.old": "une version datée (2021-02-17), latest (en vigueur aujourd'hui), newest (la dernière publiée, "
                "annoncée à l'avance ou non) ou worktree",
    "help.new": "une version datée, latest, newest ou worktree",
    "help.diff-lang": "langue (par défaut : celle de référence)",
    "help.format": "docx : un document Word avec suivi des modifications, pdf : un PDF à classer (ajouts soulignés, "
                   "suppressions barrées), chacun écrit dans -o FICHIER",
    "help.output": "écrit la comparaison dans ce fichier (nécessaire pour docx et pdf)",
    "help.branch": "branche de l'archive (par défaut : gh-pages)",
    "help.document": "l'un des documents du site, par son id dans la liste des documents du site "
                     "(`extra.policy.documents` ; par défaut : le premier)",
    "help.remote": "dépôt distant vers lequel envoyer (par défaut : origin)",
    "help.push": "envoie la branche vers le dépôt distant",
    "help.from-branch": "publie depuis BRANCH à dessein (par défaut : la branche de publication de mkdocs.yml, "
                        "`extra.policy.publish_from`, "
                        "sinon la branche par défaut du dépôt distant, sinon main ou master) ; depuis toute autre "
                        "branche, rien n'est publié",
    "help.document-every": "l'un des documents du site, par son id dans la liste des documents du site "
                           "(`extra.policy.documents` ; par défaut : chaque document)",
    "help.rebuild": "reconstruit chaque version datée avec le thème d'aujourd'hui",
    "help.jobs": "processus de construction (par défaut : un par cœur)",
    "help.archive-only": "ne publie rien : met latest/, versions.json et les pages de l'archive à jour à aujourd'hui",
    "help.print-pdfs": "imprime de nouveau les PDF de chaque version reconstruite, même ceux dont la clé est inchangée",
    "help.day": "un jour, AAAA-MM-JJ, ou un instant avec son décalage, 2024-02-28T23:30:00Z (son jour dans le fuseau "
                "horaire de l'entreprise)",
    "help.dir": "le dossier du nouveau site (nouveau ou vide)",
    "help.docs-dir": "le dossier des textes dans le nouveau site, un dossier par langue (par défaut : docs, par "
                     "exemple legal pour legal/fr/index.md)",
    "help.company": "le nom de l'entreprise, par exemple « Example SAS »",
    "help.languages": "codes de langue séparés par des virgules, celle de référence en premier, par exemple fr,en ou "
                      "de",
    "help.time-zone": "le fuseau horaire de l'entreprise, dans lequel une version entre en vigueur à minuit à sa date "
                      "(un nom IANA, par exemple Europe/Paris ; par défaut : UTC)",
    "help.init-generator": "l'exigence pip depuis laquelle les workflows du site installent ce générateur "
                           "(POLICYSITE_SPEC), épinglée : « policysite @ git+https://<host>/<owner>/policysite@<tag> » "
                           "ou un dossier (par défaut : vide, à renseigner avant de publier)",
    "help.init-branch": "la branche sur laquelle le texte est enregistré et depuis laquelle il est publié, celle du "
                        "dépôt par défaut (par défaut : main)",
    "help.init-nested": "créer le dépôt du site même à l'intérieur d'un autre dépôt git (un dépôt imbriqué dans "
                        "celui-ci)",
    "help.url": "l'adresse à laquelle le site est servi (par défaut : http://127.0.0.1:8000/, où make serve le sert "
                "; indiquez la vraie avant de publier)",
    "settings.document-one": "--document « {document} » : ce site n'a qu'un document (sa liste des documents, "
                             "`extra.policy.documents`, n'est pas renseignée) : retirez l'option",
    "settings.document-unknown": "aucun document « {document} » dans la liste des documents du site "
                                 "(`extra.policy.documents` ; connus : {known})",
    "settings.language-unlisted": "ce site ne publie aucun texte en {code:language} ({code}) : indiquez l'une de ses "
                                  "langues, {languages:or} (une nouvelle langue s'ajoute dans mkdocs.yml, à la liste "
                                  "des langues du site, `extra.policy.languages`)",
    "settings.language-unlisted/unnamed": "ce site ne publie aucun texte en « {code} », qui ne désigne aucune langue : "
                                          "indiquez l'une de ses langues, {languages:or}",
    "settings.language-named": "{code:language} ({code})",
    "settings.policy-missing": "{where} : les réglages du site (`extra.policy`) manquent (company, languages, "
                               "authoritative, …)",
    "settings.key-missing": "{where} : le réglage du site `extra.policy.{key}` manque",
    "settings.languages-list": "{where} : les langues du site (`extra.policy.languages`) doivent être une liste de `- "
                               "code: fr` et `name: Français`",
    "settings.page-name": "{where} : la page de la politique (`extra.policy.page`) doit être un nom de fichier "
                          "Markdown comme index.md, et non « {page} »",
    "settings.language-entry": "{where} : chaque langue du site (`extra.policy.languages`) demande un code et un nom, "
                               "et non {entry!r}",
    "settings.language-code": "{where} : extra.policy.languages : « {code} » n'est pas un code de langue comme fr ou "
                              "pt-BR",
    "settings.language-unknown": "{where} : extra.policy.languages : « {code} » n'est pas une langue (ou une "
                                 "région) dont le générateur sait écrire les dates et les nombres : utilisez un code "
                                 "comme fr, de, en-GB ou pt-BR",
    "settings.language-twice": "{where} : extra.policy.languages : « {code} » figure deux fois : indiquez chaque "
                               "langue une fois",
    "settings.language-digits": "{where} : extra.policy.languages : les chiffres « {digits} » de « {code} » ne sont "
                                "pas un système de numération que le générateur écrit : utilisez l'un de {systems} "
                                "(les noms du CLDR : latn pour 0-9, arab pour les chiffres arabes orientaux, arabext "
                                "pour les chiffres persans), ou retirez ce réglage pour les chiffres habituels de la "
                                "langue",
    "settings.authoritative": "{where} : la langue qui fait foi (`extra.policy.authoritative`), « {authoritative} », "
                              "n'est pas l'une des langues",
    "settings.text": "{where} : le réglage du site `extra.policy.{key}` doit être un texte, et non {value}",
    "settings.public-url": "{where} : extra.policy.public_url : « {url} » : {problem:said}",
    "settings.notice-days": "{where} : le préavis (`extra.policy.notice_days`) doit être un nombre de jours (de 0 à "
                            "366), et non {value}",
    "make.tools": "{policy} introuvable : installez le générateur (README.md, « Setting up ») ou donnez son dossier : "
                  "make BIN=/chemin/du/venv/bin",
    "make.import-usage": "dites quelle langue et quels textes : make import lang=<code> from=<dossier ou fichier>",
    "make.local-address": "l'adresse publique du site dans mkdocs.yml (`extra.policy.public_url`) est l'adresse "
                          "locale : "
                          "écrivez-y l'adresse du site, et comme adresse du site (`site_url`) dans chaque "
                          "mkdocs*.yml (README.md, « Before publishing »)",
    "settings.publish-from": "{where} : extra.policy.publish_from : la branche depuis laquelle le site publie doit "
                             "être un nom de branche que git accepte, autre que gh-pages, et non {value}",
    "settings.time-zone": "{where} : extra.policy.time_zone : {problem:said}",
    "settings.folder": "{where:said} : {folder} doit être un dossier du projet, par exemple fonts",
    "settings.documents": "{where:said} doit être une liste comme [{{id: privacy, page: index.md}}, {{id: cookies, "
                          "page: cookies.md}}]",
    "settings.documents-entry": "{where:said} : l'entrée {n} demande un id et une page, par exemple {{id: cookies, "
                                "page: cookies.md}}",
    "settings.documents-id": "{where:said} : entrée {n} : l'id {id} doit être fait de lettres minuscules, de "
                             "chiffres et de traits d'union, commencer par une lettre, et n'être aucun de ceux-ci : "
                             "{reserved}",
    "settings.documents-page": "{where:said} : entrée {n} : page doit être un nom de fichier Markdown comme "
                               "cookies.md, et non {page}",
    "settings.documents-title": "{where:said} : entrée {n} : title doit être un texte par langue, par exemple "
                                "{{{code}: …}}, pour les langues {codes}",
    "settings.documents-twice": "{where:said} : l'id {names} est donné à plus d'un document",
    "settings.documents-twice/page": "{where:said} : la page {names} est donnée à plus d'un document",
    "settings.documents-first": "{where:said} : le premier document est la page du site ({page}), et non {first} : ses "
                                "versions gardent leurs adresses /<langue>/<date>/",
    "settings.former-url": "{where:said} : « {url} » : {problem:said}",
    "settings.texts": "{where:said} doit être une liste de textes, par exemple [Example SAS]",
    "settings.symlink": "{name} : un lien symbolique : la configuration est un fichier du projet lui-même (elle est "
                        "lue dans git à la publication)",
    "settings.config-missing": "{name} : introuvable : les réglages de la langue qui fait foi sont dans mkdocs.yml, et "
                               "chaque autre langue demande son mkdocs.<code>.yml (INHERIT: mkdocs.yml)",
    "settings.config-yaml": "MkDocs n'a pas pu lire le fichier de configuration : {where} : {problem}",
    "settings.config-large": "{size:decimal} Mio, plus de {most:number} Mio : la configuration d'un site tient en "
                             "quelques kilo-octets (ses textes sont dans docs/)",
    "settings.yaml-alias": "l'alias *{anchor} est refusé : une configuration ne répète aucun nœud (une imbrication "
                           "d'alias occupe des gigaoctets) ; écrivez de nouveau la valeur",
    "settings.yaml-python-name": "!!python/name:{name} est refusé : une configuration ne nomme aucun objet Python "
                                 "hormis {names}",
    "settings.yaml-tag": "l'étiquette {tag} est refusée : une configuration n'est faite que de données",
    "settings.yaml-tag/env": "l'étiquette {tag} est refusée : elle mettrait dans les pages l'environnement de la "
                             "machine de construction (un secret de la CI)",
    "settings.inherit-refused": "INHERIT : {inherited} est refusé : une configuration hérite d'une autre placée à côté "
                                "d'elle dans le projet, par son nom de fichier (mkdocs.yml), une ou deux fois",
    "settings.inherit-symlink": "INHERIT : {inherited} est un lien symbolique : une configuration hérite d'un fichier "
                                "du projet lui-même",
    "settings.inherit-missing": "le fichier de configuration hérité « {inherited} » n'existe pas à l'emplacement "
                                "« {path} »",
    "settings.unreadable": "{where} : illisible : {problem}",
    "settings.mapping": "{name} : un ensemble de réglages (clé: valeur) est attendu",
    "settings.not-mapping": "un ensemble de réglages (clé: valeur) est attendu",
    "settings.not-found": "{where} : introuvable (lancez la commande depuis la racine du projet ou donnez --root)",
    "settings.docs-dir": "{name} : docs_dir : {docs} n'est pas un nom de dossier (docs/<langue>)",
    "url.unsplit": "ne se lit pas comme une adresse : un crochet [ ] sans son pendant, ou un caractère qui se lit "
                   "comme l'un de / ? # @ : (écrivez l'adresse telle que la barre d'adresse du navigateur la montre)",
    "url.port": "a un port qui n'est pas un nombre de 0 à 65535 (écrivez l'adresse sans lui, ou avec le port du "
                "serveur)",
    "url.not-address": "n'est pas une adresse comme https://www.example.com/privacy/",
    "url.mixed": "a un nom d'hôte qui mêle des lettres de plusieurs écritures ({mixed}) : il peut passer pour un autre "
                 "hôte ; écrivez l'adresse de l'entreprise telle qu'elle est enregistrée",
    "url.user": "a un nom d'utilisateur ou un mot de passe avant son hôte (…@hôte) : il serait publié sur chaque "
                "page, et ce qui précède @ n'est pas là où mène l'adresse ; écrivez-la comme "
                "https://www.example.com/privacy/",
    "url.folder": "a un dossier vide, `.` ou `..` dans son chemin : écrivez-la comme https://www.example.com/privacy/",
    "messages.unknown": "{where:said} : aucun message en « {lang} » : ils sont écrits en {languages:languages:code}",
    "messages.fallback": "les messages sont en anglais : le générateur n'en a pas encore en {lang:language} ; réglez "
                         "`messages:` dans les réglages du site (`extra.policy` dans mkdocs.yml ; ou POLICY_MESSAGES "
                         "pour un terminal) à {languages:or} pour choisir",
    "cli.disk-full": "le disque est plein, ou un fichier a atteint la taille que le système permet : libérez de la "
                     "place (les fichiers temporaires de la commande sont écrits sous {temporary}), puis relancez la "
                     "commande{reason}",
    "cli.interrupted": "interrompu",
    "cli.terminated": "arrêté de l'extérieur (une tâche de CI annulée, ou `kill` : SIGTERM) ; relancez la commande",
    "cli.unexpected": "la commande s'est arrêtée sur une erreur qu'elle ne sait pas expliquer : un défaut du "
                      "générateur, non de vos textes ni de vos réglages ; signalez-le avec la commande lancée et la "
                      "ligne ci-dessous{detail}",
    # --- what the PDF cannot draw or its text layer misreads (glyphs.py, pdf.*) ----------------------------------
    "pdf.engine-ended": "le processus du moteur d'impression s'est arrêté ({kind})",
    "pdf.engine-answer": "le moteur d'impression n'a pas donné de réponse lisible : son processus a été arrêté, la "
                         "prochaine impression en démarre un autre",
    "pdf.unavailable": "{where} : pas de PDF : le moteur d'impression a échoué ({error:said})",
    "pdf.unavailable/font": "{where} : pas de PDF : le moteur d'impression a échoué ({error:said}) : ajoutez une "
                            "police qui l'a dans un dossier du projet indiqué comme dossier des polices des PDF "
                            "(`{setting}`), puis lancez `policy history --rebuild` : il imprime les PDF qui manquent "
                            "aux versions déjà publiées",
    "pdf.unavailable/script": "{where} : pas de PDF : aucune police du PDF en {lang:language} ne dessine les "
                              "lettres {script:script} ({named}) ; le générateur n'en fournit aucune pour elles. "
                              "Ajoutez les fichiers de police (.otf, .ttf ou .ttc) d'une famille qui les dessine"
                              "{font:opt:, comme %s}{file:opt:, dont cette machine a le fichier (%s)}{none}, dans un "
                              "dossier du projet (fonts/) et indiquez-le dans mkdocs.yml, "
                              "`extra.policy.pdf_fonts: [fonts]`, puis lancez `policy history --rebuild` : il imprime "
                              "les PDF qui manquent aux versions déjà publiées",
    "pdf.replaced": "{where} : son PDF dessine {replacement} pour {named} : aucune police du PDF ne l'a (ajoutez-en "
                    "une dans un dossier du projet indiqué comme dossier des polices des PDF (`{setting}`))",
    "pdf.glyph": "{where:said}{named:said} : aucune police du PDF en {lang:language} ne le dessine : le PDF imprime □ "
                 "à la place ; écrivez-le en toutes lettres, ou ajoutez une police qui l'a dans un dossier indiqué "
                 "comme dossier des polices des PDF (`{setting}`)",
    "pdf.glyph/letters": "{where:said}{named:said} : aucune police du PDF en {lang:language} ne dessine ces "
                         "{what:said} : la version serait publiée sans son PDF ; ajoutez une police qui les "
                         "a{font:opt: (comme %s)}{file:opt:, dont cette machine a le fichier (%s),}{none} dans un "
                         "dossier indiqué comme dossier des polices des PDF (`{setting}`)",
    "pdf.font-none": " (aucune police installée sur cette machine ne les dessine non plus)",
    "pdf.glyph/engine": "le moteur d'impression n'a pas pu indiquer quels caractères son PDF dessine ({error:said})",
    "pdf.text-layer": "{where:said}{shown:said} : le PDF en {lang:language} dessine ces mots, mais sa couche de texte "
                      "(ce qu'un lecteur copie, recherche ou entend lire à voix haute) les lit autrement "
                      "({example:said}) : sa police sépare leurs signes diacritiques et le moteur d'impression écrit "
                      "leurs lettres une seconde fois ; composez ces lettres dans une police dont la couche de texte "
                      "les lit correctement, dans un dossier indiqué comme dossier des polices des PDF (`{setting}`)",
    "pdf.text-layer/printed": "{where} : son PDF dessine bien {shown:said}, mais sa couche de texte (ce qu'un lecteur "
                              "copie, recherche ou entend lire) les lit autrement : composez ces lettres dans une "
                              "police dont la couche de texte les lit bien, dans un dossier indiqué comme dossier des "
                              "polices des PDF (`{setting}`)",
    "pdf.text-layer/engine": "le moteur d'impression n'a pas pu indiquer ce que lit la couche de texte de son PDF "
                             "({error:said})",
    "pdf.own-words": "les mots propres au site dans le PDF (sa ligne de version, ses libellés) : ",
    "pdf.named": "{names}{more:opt: et %s de plus}",
    "pdf.letters": "lettres {script:script}",
    "pdf.signs": "signes",
    "pdf.example/more": "{word} contient {part} une fois de trop",
    "pdf.example/less": "il manque {part} à {word}",
    # --- what a build of the working tree logs (preview.py, said by the hook) -----------------------------------
    "preview.checks-failed": "les vérifications de la politique n'ont pas pu s'exécuter : {error:said}",
    "preview.checks-exited": "policy check s'est terminé avec le code {code}",
    "preview.checks-ended": "le processus des vérifications s'est terminé avec le statut {status}",
    "preview.body-line": "ligne {line} du corps de la page : {message:said}",
    "preview.unbuilt": "section #{anchor} : son titre n'est pas un titre de la page construite (un lien vers elle ne "
                       "mènerait nulle part) : écrivez-le comme un titre Markdown à partir de la première colonne de "
                       "la ligne (## Titre)",
    "preview.rewritten": "{page} : le modèle du thème a modifié le texte de la page (il n'écrit plus le texte que "
                         "lisent les vérifications : un modèle propre au projet l'a réécrit)",
    "preview.hidden": "{page} : {why:said} (un modèle propre au projet : la page doit montrer le texte que lisent les "
                      "vérifications)",
    "preview.hidden/missing": "l'élément #{key} du texte n'est pas dans la page",
    "preview.hidden/moved": "le texte est dans <{found}>, et non là où le thème l'écrit (<{tag}>)",
    "preview.hidden/carries": "l'élément <{tag}> du texte porte « {shown} », que le thème n'y écrit pas : il peut "
                              "cacher le texte",
    # --- what a configuration may not do (config_rules.py, config.refused) ---------------------------------------
    "config.extension": "markdown_extensions : {name} n'est pas une extension avec laquelle les vérifications lisent "
                        "le texte ({known}) : une extension peut insérer des fichiers dans la page ou écrire du HTML "
                        "qu'aucune vérification ne voit",
    "config.plugin": "plugins : {name} n'est pas un plugin avec lequel le générateur construit le site ({known}) : un "
                     "plugin s'exécute pendant la construction (`projects` de Material construit une autre "
                     "configuration, avec ses propres hooks) et écrit ce qu'aucune vérification ne lit",
    "config.plugin-option": "plugins : {name} : {key} : n'est pas une option avec laquelle le générateur construit le "
                            "site (lang uniquement) : les options de la recherche parviennent au navigateur de chaque "
                            "lecteur (son `separator` est un motif que la recherche applique au texte de la page et à "
                            "ce que tape le lecteur, et qui peut bloquer la page indéfiniment)",
    "config.custom-dir": "theme.custom_dir : {folder} est hors du projet ou un lien symbolique : le dossier du thème "
                         "est un dossier propre au projet",
    "config.linked": "un lien symbolique : la construction lit les fichiers propres au projet",
    "config.logo-words": "theme.logo : {logo} écrit des mots (<text>) sur chaque page, qu'aucune vérification ne lit : "
                         "un logo est une marque, le nom du site s'écrit à côté",
    "config.logo-size": "theme.logo : {logo} : sa largeur et sa hauteur sont illisibles : la forme d'un logo doit être "
                        "connue pour qu'il soit une marque",
    "config.logo-wide": "theme.logo : {logo} mesure {size}, plus large que {ratio}:1 : dessiné à côté du nom du site "
                        "sur chaque page, il pourrait porter une ligne de mots qu'aucune vérification ne lit ; un logo "
                        "est une marque",
    "config.extra-templates": "extra_templates : un modèle propre au projet serait publié sans avoir été vérifié : "
                              "supprimez-le",
    "config.asset-elsewhere": "{key} : {path} n'est pas un fichier du dossier du thème ({folder}/) : un script ou un "
                              "style venu d'ailleurs s'exécuterait ou se chargerait sur chaque page sans avoir été "
                              "vérifié",
    "config.script-not-own": "{key} : {path} n'est pas, octet pour octet, l'un des scripts du générateur : il "
                             "s'exécuterait sur chaque page comme un script du site",
    "config.script-not-own/stale": "{key} : {path} n'est pas le script du générateur tel que ce générateur l'a (une "
                                   "copie d'un générateur antérieur ?) : il s'exécuterait sur chaque page comme un "
                                   "script du site ; `policy upgrade` le remplace par celui de ce générateur",
    "config.script-key": "{key} : {name} : {value} : le script du site est écrit dans chaque page comme le générateur "
                         "l'écrit (son chemin, defer ou async à true ou false, sans type) : un type l'empêcherait de "
                         "s'exécuter, ou le ferait s'exécuter autrement, sur chaque page",
    "config.asset-entry": "{key} : {entry} : une feuille de style se nomme par son seul chemin (MkDocs écrit une "
                          "entrée à clés dans chaque page comme son adresse : la feuille ne se chargerait pas)",
    "config.copyright": "copyright : du HTML est écrit dans le pied de chaque page, hors des vérifications du texte : "
                        "écrivez-le en texte simple",
    "config.markup": "{where} : « {value} » contient {marks} : le thème l'imprime dans chaque page comme du HTML (il "
                     "pourrait écrire des mots ou des balises qu'aucune vérification ne lit) : écrivez-le en texte "
                     "simple",
    "config.control": "{where} : contient un caractère de contrôle (U+{code}) à la colonne {column}, que les pages "
                      "n'affichent pas et que le XML d'un flux ne peut pas contenir : supprimez-le",
    "config.hidden": "{where} : contient des caractères qui ne s'affichent pas là où aucune écriture n'en a besoin "
                     "(caractères d'étiquette, suite de caractères de largeur nulle) : des mots peuvent y être cachés, "
                     "sur chaque page, qu'aucun lecteur ne voit et que les machines lisent : supprimez-les",
    "config.override": "{where} : contient un forçage de direction (U+{code}), qui affiche les caractères suivants "
                       "dans un autre ordre que celui de l'écriture, sur chaque page : supprimez-le (comme dans le "
                       "texte, editorial.bidi)",
    "config.marked": "{where} : contient des signes tracés en travers de ses caractères ou empilés sur l'un d'eux, qui "
                     "le font paraître barré ou dessiné par-dessus les mots voisins, sur chaque page : supprimez-les "
                     "(comme dans le texte, editorial.struck et editorial.stacked)",
    "config.search-lang": "plugins : search : lang : {code} : le module de recherche de Material ne la prend pas (la "
                          "liste des langues de recherche de MkDocs ne la contient pas) et cherche en {used} à la "
                          "place, en ne le disant qu'au niveau INFO, qu'une construction stricte ne compte pas : "
                          "retirez {code} de lang (policy init n'en écrit pas pour elle)",
    "config.theme-name": "theme : {name} n'est pas Material for MkDocs : les modèles (overrides/), les scripts et les "
                         "vérifications des pages du générateur sont écrits pour celles de Material : indiquez "
                         "`theme.name: material`",
    "config.key": "{key} : pas un réglage avec lequel le générateur construit : MkDocs publierait d'autres pages, "
                  "ou les jugerait autrement, que celles que lisent les vérifications (exclude_docs ou draft_docs "
                  "nommant le texte publient une version sans lui) : supprimez-le",
    "config.directory-urls": "use_directory_urls : {value} : chaque page serait écrite comme un fichier à part "
                             "(changes.html), là où les liens du site, son historique et chaque version publiée "
                             "nomment des dossiers (changes/) : supprimez-le",
    "config.kind": "{key} : {value} n'est pas {kind}, comme MkDocs lit ce réglage : le site ne serait pas construit "
                   "tel que les vérifications le lisent (un texte lu lettre par lettre, une construction arrêtée) ; "
                   "écrivez-le comme `policy init` l'écrit",
    "config.kind-empty": "rien (une clé sans sa valeur)",
    "config.kind/text": "un texte (écrits sans guillemets, 2021-01-01, yes ou 12 sont lus comme une date, un booléen "
                        "ou un nombre : mettez-le entre guillemets)",
    "config.kind/boolean": "true ou false",
    "config.kind/list": "une liste (des lignes commençant par `- `)",
    "config.kind/list-or-mapping": "une liste (des lignes commençant par `- `) ou un ensemble de réglages (des lignes "
                                   "`nom:`)",
    "config.kind/text-or-mapping": "un texte ou un ensemble de réglages (des lignes `nom:`)",
    "config.kind/mapping": "un ensemble de réglages (des lignes `nom: valeur`)",
    "config.nav": "nav : le générateur écrit lui-même la navigation du site ; une navigation propre au projet "
                  "imprimerait sur chaque page des mots et des liens (vers un autre site, par exemple) qu'aucune "
                  "vérification ne lit : supprimez-la",
    "config.extra": "extra.{key} : le thème l'imprime dans chaque page (un lien vers un autre site pour homepage ou "
                    "social, des mots pour status, tags ou consent) hors des vérifications : les réglages propres au "
                    "site se placent sous `extra.policy` ({known} uniquement)",
    "config.refusal": "{what:said} est refusée{hint:said} :\n{lines:each:\n}",
    "config.refusal/working-tree": "la configuration",
    "config.refusal/at": "la configuration du commit {commit}",
    "config.refusal-hint": " ({count:plural:fichier|fichiers} du générateur dans hooks/ et overrides/ "
                           "{count:form:diffère|diffèrent} de ceux de ce générateur ({files}) : des copies d'un "
                           "générateur antérieur ? `policy upgrade` apporte les siens)",
    "config.refusal-line": "  {names} : {problem:said}",
    "config.refusal-line/alone": "  {problem:said}",
    "config.theme-image": "theme.{key} : {value} n'est pas le chemin d'une image du dossier du thème",
    "config.theme-language-code": "theme.language : {language} n'est pas un code de langue comme fr ou pt-BR (le "
                                  "thème lit ses mots dans un fichier qui porte ce nom)",
    "config.theme-icon": "theme.{where} : {icon} n'est pas le nom d'une des icônes du thème, comme material/library",
    "config.theme-direction": "theme.direction : {direction} n'est ni ltr ni rtl",
    "config.theme-direction/other": "theme.direction : {direction} n'est pas le sens d'écriture de {language} "
                                    "({natural}) : une page orientée dans l'autre sens montre ses nombres et sa "
                                    "ponctuation dans un autre ordre que celui du texte ; supprimez-le (le thème "
                                    "connaît le sens de la langue)",
    "config.theme-static-templates": "theme.static_templates : la construction traiterait des fichiers du dossier du "
                                     "thème comme des gabarits, écrivant ce qu'aucune vérification n'a lu (le texte "
                                     "d'une image dans un script) : supprimez-le",
    "config.theme-font": "theme.font{font:opt: %s} : Material fait télécharger à chaque lecteur, sur chaque page, "
                         "les polices qu'il nomme (Roboto si la clé est absente) depuis Google Fonts, un autre site : "
                         "écrivez `font: false` (les polices du système du lecteur)",
    "config.theme-palette": "theme.palette : Material garde alors le jeu de couleurs du lecteur dans le stockage du "
                            "navigateur à chaque page : le site ne stocke rien (les couleurs vont dans une feuille "
                            "de style)",
    "config.theme-tooltips": "theme.features : 'content.tooltips' écrit chaque titre de la page dans son infobulle en "
                             "HTML : une infobulle du texte montrerait des liens et des marques qu'aucune vérification "
                             "n'a lus comme tels ; les infobulles du navigateur montrent les titres tels qu'écrits",
    "config.theme-feature": "theme.features : {feature} n'est pas une fonction que le site peut utiliser ({known}) : "
                            "elle stocke ou télécharge dans le navigateur du lecteur",
    "config.extension-option": "markdown_extensions : {name} : {key} : {value} n'est pas une option avec laquelle le "
                               "générateur construit : elle change ce que la page montre du texte vérifié",
    "config.toc-permalink": "markdown_extensions : toc : permalink : {value} : le site écrit le lien de chaque titre "
                            "¶, que ses pages, leurs lignes d'impression et leurs vérifications laissent hors des mots "
                            "du titre (une autre marque ou un mot se lirait comme ceux du titre) : écrivez `permalink: "
                            "true`",
    "config.extension-option/options": "markdown_extensions : {name} : ses options : {value} n'est pas une option "
                                       "avec laquelle le générateur construit : elle change ce que la page montre du "
                                       "texte vérifié",
    "config.moved": "{why} : `policy publish` et `policy history` refuseront de publier d'ici là",
    "config.renamed-language": "{why} : `policy publish` et `policy history` refuseront de publier d'ici là",
    "config.language-digits": "extra.policy.languages : {code} reçoit les chiffres {digits} ({shown}), qui ne sont pas "
                               "ceux dans lesquels s'écrit sa langue : chaque date et chaque nombre que le site écrit "
                               "sur ses pages le serait, et un lecteur les prend pour d'autres chiffres (un 4 bengali "
                               "ressemble à un 8) : utilisez {own}, ou retirez `digits`",
    "config.date-stated": "{where} : « {words} » indique une date ({dates}) : chaque page que construit la "
                          "configuration l'affiche, à côté de la date de chaque version (l'historique, à côté de celle "
                          "de chaque version), un lecteur apprenant un autre jour que celui de la version : retirez la "
                          "date (le site écrit celle de chaque version)",
    "config.site-script-missing": ("{key} : {path} n'y figure pas : chaque page serait publiée sans le script propre "
                                   "au site, qui affiche les avis qu'un lecteur doit voir (une nouvelle version "
                                   "annoncée, une section que l'adresse nomme et que cette version n'a pas) : "
                                   "ajoutez-le, comme l'écrit `policy init`"),
    "config.site-url": "site_url : « {url} » {problem:said}",
    "config.hook-missing": ("{key} : {path} n'y figure pas : le site serait construit sans le hook propre au "
                            "générateur, qui écrit dans chaque page ce qui la protège (sa politique de sécurité du "
                            "contenu), et la publication refuserait chaque page : ajoutez-le, comme l'écrit "
                            "`policy init`"),
    "config.extension-missing": ("markdown_extensions : {name} n'y figure pas : le site montrerait le texte autrement "
                                 "que ne le lisent les vérifications, la comparaison et le PDF (une liste numérotée à "
                                 "partir de 3 montrée à partir de 1, une liste d'attributs montrée comme des mots) : "
                                 "ajoutez-la, comme l'écrit `policy init`"),
    "config.language-name": "extra.policy.languages : {code} est nommée « {name} » : le menu des langues de chaque "
                            "page lie son texte sous ce nom, un lecteur cherchant cette langue mené à celle-ci ; "
                            "nommez-la comme elle se nomme, « {own} », ou par son nom anglais",
    "config.theme-language": "theme.language : {language} n'est pas la langue que construit cette configuration "
                             "({own}) : le thème marquerait ses pages comme écrites dans une autre langue, et les "
                             "écrirait dans le sens de celle-ci",
    "config.repository": "{key} : le thème le demanderait à l'hébergeur du dépôt depuis le navigateur de chaque "
                         "lecteur (une requête vers un autre site) : supprimez-le",
    "config.hook": "hooks : {hook} n'est pas le hooks/policy.py du générateur : un hook exécute n'importe quel code "
                   "pendant la construction et la vérification du site",
    "config.hook/other": "hooks : {hook} n'est pas l'un de ceux du générateur ({own} dans hooks/) : un hook exécute "
                         "n'importe quel code pendant la construction et la vérification du site",
    "config.hook/differs": "hooks : {hook} diffère de celui du générateur : un hook exécute n'importe quel code "
                           "pendant la construction et la vérification du site ; `policy upgrade` met celui du "
                           "générateur à sa place ({generator}/hooks/{name} : une nouvelle version du générateur peut "
                           "le modifier)",
    "config.font": "extra.policy.pdf_fonts : {path} {why:said}",
    "font.unreadable": "ne se lit pas comme une police ({error}) : les PDF ne s'impriment qu'avec des polices",
    "font.mixed": "dessine d'une seule forme des caractères d'écritures différentes ({scripts:scripts: et }) : un "
                  "PDF pourrait montrer des lettres là où le texte a d'autres caractères",
    "font.swapped": "dessine {swapped:said} : un PDF pourrait montrer des lettres là où le texte (ce qu'un lecteur "
                    "copie, cherche et entend) en a d'autres{hint:said}",
    "font.swapped/named": "{char} (U+{code}) avec le glyphe nommé {glyph}, qui est celui de {named}",
    "font.swapped/one-glyph": "{first} et {char} avec un seul glyphe ({glyph})",
    "font.ideographs": " (s'il s'agit d'un même idéogramme encodé deux fois, retirez de la police celui que vos textes "
                       "n'emploient pas : le sous-ensembleur de fontTools, installé avec le générateur, garde chaque "
                       "caractère de la police sauf {codes} : `pyftsubset {font} --unicodes={ranges} "
                       "--layout-features='*' --name-IDs='*' --glyph-names --notdef-outline --output-file={font}`)",
    "font.ideographs/collection": " (s'il s'agit d'un même idéogramme encodé deux fois, retirez de la police celui que "
                                  "vos textes n'emploient pas : le sous-ensembleur de fontTools, installé avec le "
                                  "générateur, garde chaque caractère d'une face de la collection sauf {codes} et "
                                  "l'écrit dans un fichier de police à part, à mettre à la place de {font} (N : la "
                                  "face à garder, 0 la première) : `pyftsubset {font} --font-number=N "
                                  "--unicodes={ranges} "
                                  "--layout-features='*' --name-IDs='*' --glyph-names --notdef-outline "
                                  "--output-file=…`)",
    "font.pictures": "dessine des glyphes avec des images ou des calques de couleur ({tables}), qu'un PDF montre au "
                     "lieu de leurs contours : ce qu'ils montrent, une image vide ou une couleur transparente, aucune "
                     "vérification ne le lit ; la police d'un texte juridique ne dessine que des contours (retirez ces "
                     "tables, ou prenez la police sans elles)",
    "font.blank": "dessine {char} comme rien de visible pour un lecteur (aucun contour, ou un point) : un PDF "
                  "cacherait les mots qui le contiennent, que son texte, et chaque vérification, lisent",
    "font.digits": "dessine {digits:each: et } d'une seule forme : un PDF montrerait un autre nombre que celui de son "
                   "texte",
    "font.swaps": "substitue {shown} à {what} (sa table GSUB, qu'un PDF applique) : un PDF montrerait d'autres "
                  "lettres ou un autre nombre que ceux de son texte, que chaque vérification lit",
    "font.substitutes": "ne substitue rien de visible pour un lecteur à {what} (sa table GSUB) : un PDF cacherait les "
                        "mots qui les contiennent, que son texte, et chaque vérification, lisent",
    # --- a file name's date, as import reads it (convert/sources.py) ----------------------------------------------
    "import.date-hint": "nommez chaque version d'après le jour où son texte est entré en vigueur, l'année en premier, "
                        "par exemple confidentialite-2019-03-01.html",
    "import.date-impossible": "{name} : {dates} n'est pas un jour du calendrier : {hint:said}",
    "import.date-year-last/ambiguous": "{name} : {date} a l'année en dernier (le jour ou le mois en premier, qu'on ne "
                                       "peut distinguer) : renommez-le {renamed:or}, selon le jour où son texte "
                                       "est entré en vigueur",
    "import.date-short": "{name} : écrivez {date} avec deux chiffres pour le mois et le jour, {day:iso} : {hint:said}",
    "import.date-month": "{name} : {month} désigne un mois, et non le jour où le texte est entré en vigueur (sa ligne "
                         "« Dernière mise à jour » peut l'indiquer) : écrivez ce jour, par exemple {example} s'il "
                         "s'agissait du premier",
    "import.date-capture": "{name} : {capture} est l'heure de capture d'une archive du web, et non une date que "
                           "l'import lit : écrivez son jour, {day:iso}, si le texte est entré en vigueur ce jour-là "
                           "(sa ligne « Dernière mise à jour » peut en indiquer un antérieur) : {hint:said}",
    "import.date-calendar": "{name} : {date:iso} n'est le jour d'entrée en vigueur d'aucune politique ({year} n'est "
                            "pas une année du calendrier grégorien qui puisse l'être){solar:said}{lunar:said}"
                            "{buddhist:said} : "
                            "écrivez le jour comme le compte le calendrier grégorien : {hint:said}",
    "import.date-calendar/solar": " ; lu dans le calendrier hégirien solaire de l'Iran, c'est le {day:iso}",
    "import.date-calendar/lunar": " ; lu dans le calendrier hégirien (Umm al-Qura), c'est le {day:iso}",
    "import.date-calendar/buddhist": " ; lu dans le calendrier bouddhique de la Thaïlande, c'est le {day:iso}",
    "import.date-none": "{name} : pas de date dans le nom du fichier : {hint:said} (le nom d'un dossier n'est pas lu)",
    "import.date-several": "{name} : plusieurs dates dans le nom du fichier ({dates}) : ne gardez que le jour où le "
                           "texte est entré en vigueur",
    "import.undated": "{count:plural:nom de fichier ne porte|noms de fichiers ne portent} aucune date que l'import "
                      "lit :\n  {names:each:\n  }",
    "import.no-such-file": "{name} : aucun fichier ni dossier de ce nom ({path})",
    "import.not-a-file": "{name} : {kind:said}, pas un fichier ({path}) : l'import lit des fichiers, et les fichiers "
                         "des dossiers ; rien n'a été importé",
    "import.not-a-file/fifo": "un tube nommé (le lire attend qu'un programme y écrive)",
    "import.not-a-file/socket": "une socket",
    "import.not-a-file/device": "un périphérique",
    "import.not-a-file/other": "ni un fichier ni un dossier",
    "import.format": "{name} : ni Markdown, ni HTML, ni DOCX (extension {extension})",
    "import.unreadable": "{name} : ne peut pas être lu : {error}",
    "import.word-field": "conservé les mots « {words} » qu'un champ Word y écrivait depuis ailleurs ({code}) : "
                         "tels que Word les montrait en dernier, rien n'a été lu ni exécuté ; vérifiez-les dans le "
                         "document tel que Word le montre",
    "import.word-date-field": "conservé le jour « {words} » qu'affiche un champ Word ({code}) : le jour où Word l'a "
                              "mis à jour pour la dernière fois (le jour où le document a été ouvert, imprimé ou "
                              "enregistré), et non celui de l'entrée en vigueur du texte ; vérifiez-y le jour de la "
                              "version",
    "import.word-field/empty": "omis un champ Word qui importe depuis ailleurs ou exécute ({code}), sans mots "
                               "affichés : rien n'a été lu ni exécuté ; écrivez dans le texte ce dont le document a "
                               "besoin",
    "import.docx-empty": "{name} : le fichier est vide ({size:plural:octet|octets}) : copiez à nouveau le document "
                         "(depuis un espace de stockage en ligne, une fois qu'il est téléchargé)",
    "import.docx-encrypted": "{name} : le document est protégé par un mot de passe (chiffré) : ouvrez-le dans Word, "
                             "retirez le mot de passe (Fichier › Informations › Protéger le document › Chiffrer avec "
                             "mot de passe), enregistrez-le et importez-le",
    "import.docx-html": "{name} : une page web (HTML) sous un nom en .docx : nommez-la en .html et importez-la",
    "import.disguised/docx": "{name} : un document Word sous un nom en {extension}, pas un texte : nommez-le en "
                             ".docx et importez-le (rien n'a été importé)",
    "import.disguised/odt": "{name} : un texte OpenDocument sous un nom en {extension}, pas un texte brut : "
                            "nommez-le en .odt et importez-le (rien n'a été importé)",
    "import.disguised/zip": "{name} : une archive zip sous un nom en {extension}, pas un texte : décompressez-la et "
                            "importez les fichiers qu'elle contient, nommés par leur date (rien n'a été importé)",
    "import.disguised/pdf": "{name} : un PDF sous un nom en {extension}, pas un texte : un PDF n'a ni titres ni "
                            "listes à lire ; importez le fichier dont il a été tiré (.docx, .html) (rien n'a été "
                            "importé)",
    "import.disguised/gzip": "{name} : un fichier compressé (gzip) sous un nom en {extension}, tel qu'un serveur "
                             "envoie une page : décompressez-le (gunzip) et importez ce qu'il contient (rien n'a été "
                             "importé)",
    "import.disguised/doc": "{name} : un document Word 97-2003 (.doc) sous un nom en {extension}, pas un texte : "
                            "ouvrez-le dans Word ou LibreOffice et enregistrez-le au format .docx (rien n'a été "
                            "importé)",
    "import.disguised/rtf": "{name} : un document RTF sous un nom en {extension}, pas un texte : ouvrez-le dans Word "
                            "ou LibreOffice et enregistrez-le au format .docx (rien n'a été importé)",
    "import.disguised/picture": "{name} : une image sous un nom en {extension}, pas un texte (rien n'a été importé)",
    "import.disguised/archive": "{name} : une archive (7z, RAR) sous un nom en {extension}, pas un texte : "
                                "décompressez-la et importez les fichiers qu'elle contient (rien n'a été importé)",
    "import.disguised/binary": "{name} : contient des octets qu'aucun texte ne contient (des octets nuls, hors "
                               "UTF-16) : un autre format sous un nom en {extension}, ou une copie abîmée ; importez "
                               "le fichier tel que son programme l'a enregistré (rien n'a été importé)",
    # a file named .docx or .odt whose first bytes are no zip archive's, as those documents are (adopt32)
    "import.office-disguised/pdf": "{name} : un PDF sous un nom en {extension} (ses premiers octets : « {first} »), "
                                   "pas un document à lire : un PDF n'a ni titres ni listes ; importez le fichier "
                                   "dont il a été tiré (.docx, .odt, .html), ou ouvrez le PDF dans Word, qui le "
                                   "convertit, enregistrez-le en .docx et vérifiez ses titres (rien n'est importé)",
    "import.office-disguised/html": "{name} : une page web (HTML) sous un nom en {extension} (ses premiers octets : "
                                    "« {first} ») : nommez-la en .html et importez-la (rien n'est importé)",
    "import.office-disguised/text": "{name} : un fichier texte sous un nom en {extension} (ses premiers octets : "
                                    "« {first} »), pas l'archive zip qu'est un document {extension} : nommez-le en "
                                    ".md s'il est en Markdown, en .txt s'il est en texte brut, et importez-le (rien "
                                    "n'est importé)",
    "import.office-disguised/gzip": "{name} : un fichier compressé (gzip) sous un nom en {extension} (ses premiers "
                                    "octets : {first}) : décompressez-le (gunzip) et importez ce qu'il contient (rien "
                                    "n'est importé)",
    "import.office-disguised/picture": "{name} : une image sous un nom en {extension} (ses premiers octets : "
                                       "{first}), pas un document : elle n'a aucun texte à importer ; importez le "
                                       "document qu'elle montre (rien n'est importé)",
    "import.office-disguised/archive": "{name} : une archive (7z, RAR) sous un nom en {extension} (ses premiers "
                                       "octets : {first}) : décompressez-la et importez les fichiers qu'elle contient "
                                       "(rien n'est importé)",
    "import.office-disguised/binary": "{name} : ni l'archive zip qu'est un document {extension}, ni un format que "
                                      "l'import connaît (ses premiers octets : {first}) : ouvrez-le dans le programme "
                                      "qui l'a créé et enregistrez-le en .docx, ou copiez-le de nouveau s'il a été "
                                      "tronqué (rien n'est importé)",
    "import.odt-not-odt": "{name} : pas un texte OpenDocument (il ne contient aucun content.xml) : ouvrez-le dans "
                          "LibreOffice et enregistrez-le à nouveau en .odt, ou au format Word (.docx)",
    "import.odt-other-kind": "{name} : un fichier OpenDocument d'un autre type ({kind}), pas un texte : ouvrez-le "
                             "dans LibreOffice Writer et enregistrez-le en .odt",
    "import.odt-encrypted": "{name} : le document est protégé par un mot de passe (chiffré) : ouvrez-le dans "
                            "LibreOffice, enregistrez-le à nouveau sans mot de passe (Fichier › Enregistrer sous…, "
                            "décochez Enregistrer avec mot de passe) et importez-le",
    "import.odt-unreadable": "{name} : illisible comme texte OpenDocument : {error:said} : "
                             "ouvrez-le dans LibreOffice et enregistrez-le de nouveau au format .odt",
    "import.docx-not-word": "{name} : pas un document Word (il ne contient aucun word/document.xml)",
    "import.docx-twice": "{name} : contient deux parties nommées {part}, ce que Word refuse d'ouvrir (l'une serait "
                         "lue, et un autre programme peut montrer l'autre) : enregistrez-le à nouveau depuis Word",
    "import.docx-dtd": "{name} : sa partie {part} déclare une DTD (<!DOCTYPE …>, <!ENTITY …>), ce que Word refuse "
                       "d'ouvrir et qui pourrait introduire des mots qu'aucune page du document ne contient : "
                       "enregistrez-le à nouveau depuis Word",
    "import.docx-other-part": "{name} : son texte est dans {part}, et non dans word/document.xml comme Word l'écrit : "
                              "enregistrez-le à nouveau depuis Word",
    "import.docx-large": "{name} : son XML pèse {size:number} Mio une fois décompressé (plus de {most:number} Mio) : "
                         "bien plus que le texte d'une politique ; enregistrez-le à nouveau depuis Word, ou en HTML",
    "import.docx-nested": "{name} : ses éléments sont imbriqués trop profondément pour être lus (des milliers de "
                          "niveaux : bien plus que le texte d'une politique) : enregistrez-le à nouveau depuis Word, "
                          "ou en HTML",
    "import.docx-unreadable": "{name} : illisible comme document Word : {error:said} : ouvrez-le "
                              "dans Word et enregistrez-le de nouveau au format .docx",
    "import.office-missing": "{name} : un document {extension} est lu par LibreOffice, qui n'est pas installé ici "
                             "(pas de commande `soffice`) : installez LibreOffice Writer (Debian, Ubuntu : "
                             "`apt-get install libreoffice-writer-nogui`), ou ouvrez-le dans Word ou LibreOffice et "
                             "enregistrez-le au format Word (.docx)",
    "import.office-timeout": "{name} : LibreOffice ne l'a pas converti au format Word (.docx) en {seconds:number} "
                             "secondes (un fichier endommagé, ou qui n'est pas un document) : ouvrez-le dans Word ou "
                             "LibreOffice et enregistrez-le au format Word (.docx)",
    "import.office-failed": "{name} : LibreOffice n'a pas pu le convertir au format Word (.docx) ({error}) : le "
                            "fichier est peut-être endommagé, protégé par un mot de passe, ou n'est pas un document ; "
                            "ouvrez-le dans Word ou LibreOffice et enregistrez-le au format Word (.docx)",
    "import.file-large": "{name} : {size:decimal} Mio (plus de {most:number} Mio) : bien plus que le texte d'une "
                         "politique, non lu ; enregistrez le texte seul (une page sans ses images, un document sans "
                         "ses médias) et importez-le",
    "import.office-large": "{name} : {size:number} Mio (plus de {most:number} Mio) : bien plus que le texte d'une "
                           "politique ; ouvrez-le dans Word ou LibreOffice et enregistrez-le au format Word (.docx)",
    "import.git-landed-draft": "un brouillon du texte de {final} : leurs commits sont arrivés ensemble sur la branche "
                               "le {landed:date} (une pull request rebasée, ou fusionnée par rebase), l'ancien site ne "
                               "l'a donc jamais montré",
    "import.git-moved": "{path} : ajouté au commit {commit} (commité le {committed:date}), qui a supprimé {removed} : "
                        "le fichier a été déplacé et son texte modifié dans un même commit, ce que git ne suit pas : "
                        "les textes antérieurs forment l'historique de ce fichier ; importez les deux : policy import "
                        "--git {before} {after} (rien n'a été importé)",
    "import.git-moved/other": "{path} : ajouté au commit {commit} (commité le {committed:date}), qui a supprimé "
                              "{removed} : s'il s'agissait de cette politique avant un déplacement, ses textes ne sont "
                              "pas importés : importez les deux dans un nouveau site (policy import --git {before} "
                              "{after})",
    "import.git-unread-format": "{path} au commit {commit} : pas un type de fichier que l'import lit "
                                "({formats:each: ; }) : rien n'a été importé",
    "import.git-text": "{path} au commit {commit} (commité le {committed:date}) : {why:said}",
    "import.git-why": "{why:said}{more:said}",
    "import.git-dated/stated": "daté du {day:date}, le jour que son texte indique (« {sentence} »)",
    "import.git-dated/stated-committed": "daté du {day:date}, le jour que son texte indique (« {sentence} ») ; commité "
                                         "le {committed:date}",
    "import.git-dated/late": ", {days:plural:jour|jours} plus tard : jusque-là, l'ancien site montrait le texte de "
                             "{before}, s'il était déployé depuis ce dépôt ; l'archive indique que celui-ci s'applique "
                             "depuis le {day:date} : vérifiez-le au regard de ce que montrait l'ancien site",
    "import.git-dated/committed": "daté du {day:date}, le jour de son commit (son texte n'indique aucun jour d'entrée "
                                  "en vigueur)",
    "import.git-dated/committed-not-a-day": "daté du {day:date}, le jour de son commit : son texte indique « "
                                            "{sentence} », et non un jour d'entrée en vigueur",
    "import.git-dated/replaced": "remplacé {when:said} par le texte de {commit} : omis (une version est le texte d'un "
                                 "jour)",
    "import.git-dated/same-day": "le jour même ({day:date})",
    "import.git-dated/before-day": "le {committed:date}, avant le {day:date}, jour où il devait entrer en vigueur",
    "import.git-dated/replaces": " (il remplace {commits})",
    "import.git-skew/after-today": "postérieur à aujourd'hui ({today:date})",
    "import.git-skew/before": "antérieur au jour du commit qui le précède ({commit}, {day:date})",
    "import.git-cause/rebased": "la branche a été rebasée (sa date d'auteur, {written:date}, suit celle du commit "
                                "précédent : git rebase garde le jour où chaque commit a été écrit et date le commit "
                                "à nouveau, si bien que le jour de son commit n'est ni celui de son écriture ni celui "
                                "de son arrivée sur l'ancien site)",
    "import.git-cause/clock": "l'horloge de la machine qui l'a créé était fausse",
    "import.git-dated/skewed": "le jour de son commit, {committed:date}, est {skewed:said} : {cause:said}, et rien "
                               "n'indique le jour où il est arrivé sur l'ancien site{sentence:opt: (son texte indique "
                               "« %s »)} : omis (son texte était celui de l'ancien site{last:optdate: après le %s, "
                               "jour de la version précédente,} jusqu'au texte suivant ; il n'est pas daté au hasard)",
    "import.git-dated/again": "daté du {day:date}, le jour de son commit : de nouveau le texte de {before}, celui "
                              "d'entre les deux remplacé (aucun texte nouveau)",
    "import.git-dated/revert": "daté du {day:date}, le jour de son commit : le texte de {back} (en vigueur depuis le "
                               "{since:date}) rétabli, avec sa ligne « {sentence} », après celui de {before} (un "
                               "retour arrière) : de nouveau en vigueur depuis le jour de son commit",
    "import.git-dated/same-line": "daté du {day:date}, le jour de son commit : son texte indique « {sentence} », comme "
                                  "le texte qui le précède ({before}, {last:date}), dont il a changé les mots sans "
                                  "changer la date",
    "import.git-dated/same-day-line": "daté du {day:date}, le jour de son commit : son texte indique « {sentence} », "
                                      "le jour du texte qui le précède ({before}, {last:date}), dont il a changé les "
                                      "mots sans changer la date",
    "import.git-dated/gone-back": "daté du {day:date}, le jour de son commit : son texte indique « {sentence} », avant "
                                  "le jour du texte qui le précède ({before}, {last:date}) : une ligne de date revenue "
                                  "en arrière, ou mal tapée",
    "import.git-dated/announced-replaced": " ; remplacé sur l'ancien site le {committed:date} ({commit}), avant ce "
                                           "jour : importé comme en vigueur depuis le {day:date}, comme il avait été "
                                           "annoncé ; si l'ancien site l'a retiré, son texte ne s'est jamais appliqué",
    "import.git-zoned": "l'horloge de son commit indiquait {when}, {committed:date}, mais il a été créé après {floor} "
                        "({floor_when}), dont l'horloge indiquait {floor_day:date} : les deux horloges étaient dans "
                        "d'autres fuseaux horaires, et son texte est aussi celui de ce jour",
    "import.git-zoned/said": " ({zoned:said})",
    "import.git-newest-undated": "{path} à {commit} (commité le {committed:date}) : le jour de son commit est "
                                 "{skewed:said} : {cause:said}{today:optdate: (ou celle de cette machine l'est : nous "
                                 "sommes le %s)}, et son texte, le plus récent qu'ait montré l'ancien site, n'indique "
                                 "aucun jour d'entrée en vigueur après la version précédente : on ne peut dire quel "
                                 "texte était en vigueur, ni depuis quand (importé au jour de son commit, il serait "
                                 "une version à venir que l'ancien site montrait déjà ; omis, le texte qui le précède "
                                 "serait publié comme celui en vigueur). Rien n'a été importé. Importez les textes qui "
                                 "le précèdent (--ref {commit}^), puis celui-ci comme un fichier nommé du jour où il "
                                 "est arrivé sur l'ancien site : git -C {top} show {commit}:{path} > {file}, puis "
                                 "policy import --lang {lang} {file}",
    "import.html-mhtml-empty": "{name} : une page web enregistrée en un seul fichier (MHTML) sans page à l'intérieur",
    "import.template-only": "{name} : chaque mot de son texte est écrit par son gabarit ({expression}), qu'exécutait "
                            "son serveur et que cet import n'exécute pas : importez plutôt les pages que l'ancien site "
                            "a construites (leur branche, avec --git --ref, ou chaque page enregistrée depuis le site "
                            "en .html)",
    "import.template-only/data": "{name} : chaque mot de son texte est écrit par son gabarit ({expression}) à partir "
                                 "des données du site ({data} : un fichier de données de l'ancien site, "
                                 "_data/{data}.yml ou autre) : importez ce fichier de données lui-même (avec --git, "
                                 "son historique), ou les pages que l'ancien site a construites (leur branche, avec "
                                 "--git --ref, ou chaque page enregistrée depuis le site en .html)",
    "import.html-server-code": "{name} : contient le code de son serveur (<?php, <% …), et non la page montrée aux "
                               "lecteurs : ouvrez la page dans un navigateur (ou la Wayback Machine) et enregistrez-la "
                               "en .html",
    "import.html-nested": "{name} : ses éléments sont imbriqués sur {depth:number} niveaux (plus de {most:number}) : "
                          "bien plus que le texte d'une politique ; enregistrez à nouveau la page depuis son éditeur, "
                          "ou importez son texte en Markdown",
    "import.html-nested/at-least": "{name} : ses éléments sont imbriqués sur au moins {depth:number} niveaux (plus "
                                   "de {most:number}) : bien plus que le texte d'une politique ; enregistrez à "
                                   "nouveau la page depuis son éditeur, ou importez son texte en Markdown",
    "import.html-frames": "{name} : une page de cadres (<frameset>) : son texte est dans les pages que montrent ses "
                          "cadres ({pages}) : ouvrez celle qui contient la politique, enregistrez-la en .html et "
                          "importez-la : rien n'a été importé",
    "import.html-frames/unnamed": "{name} : une page de cadres (<frameset>) : son texte est dans les pages que "
                                  "montrent ses cadres (aucune n'est nommée) : ouvrez celle qui contient la politique, "
                                  "enregistrez-la en .html et importez-la : rien n'a été importé",
    "import.html-cloudflare": "{name} : la vérification des visiteurs de Cloudflare (« {title} »), et non la "
                              "politique : l'outil qui l'a enregistrée a été pris pour un robot ; ouvrez l'adresse "
                              "dans un navigateur et enregistrez la page qu'il affiche (rien n'a été importé)",
    "import.html-not-found": "{name} : une page indiquant que l'adresse n'a pas de page, ou que le site a échoué "
                             "(« {said} »), et non la politique : enregistrez la page de l'adresse qui contenait le "
                             "texte ce jour-là (rien n'a été importé)",
    "import.html-archive-redirect": "{name} : l'avis de l'archive du web indiquant que l'adresse a répondu par une "
                                    "redirection (HTTP {status}), et non la politique : ouvrez la copie archivée de "
                                    "cette adresse (le lien « Impatient? » de l'avis) et enregistrez cette page comme "
                                    "cette version (rien n'a été importé)",
    "import.html-archive-redirect/at": "{name} : l'avis de l'archive du web indiquant que l'adresse a répondu par une "
                                       "redirection (HTTP {status}), et non la politique : son texte est à {where} : "
                                       "ouvrez la copie archivée de cette adresse (le lien « Impatient? » de l'avis) "
                                       "et enregistrez cette page comme cette version (rien n'a été importé)",
    "import.html-archive-page": "{name} : la page de l'archive du web elle-même (« {words} »), et non la politique : "
                                "enregistrez plutôt la copie archivée de l'adresse de la politique (rien n'a été "
                                "importé)",
    "import.draft": "son en-tête indique `{key}` : un brouillon que l'ancien site n'a jamais publié, et non une "
                    "version ; retirez-le du dossier (ou, si des lecteurs l'ont bien lu, supprimez cette ligne et "
                    "importez-le à nouveau)",
    "import.text-unreadable": "{name} : un texte brut qui ne se lit pas en paragraphes (trop court, ou avec des "
                              "marques de code) : renommez-le en .md, avec un # devant son titre et ## devant le titre "
                              "de chaque section",
    "convert.front-matter-dropped": "{count:form:omis un champ|omis des champs} de l'en-tête de la page (son front "
                                    "matter) dont ce site ne se sert pas : {keys}",
    "convert.front-matter-dropped/addresses": "{count:form:omis un champ|omis des champs} de l'en-tête de la page "
                                              "(son front matter) dont ce site ne se sert pas : {keys} (après avoir "
                                              "lu les adresses de la page sur l'ancien site, {addresses} : un lien "
                                              "vers l'une d'elles mène au texte)",
    "import.lfs": "{name} : un pointeur Git LFS, et non le texte : le texte est conservé hors de git (`filter=lfs` "
                  "dans .gitattributes) ; récupérez-le (`git lfs pull`) et importez le fichier lui-même (rien n'a été "
                  "importé)",
    "import.nested": "{name} : ses éléments sont imbriqués trop profondément pour être convertis",
    "import.ref-dash": "--ref {ref} : le nom d'une branche, d'une étiquette ou d'un commit ne commence pas par « - » "
                       "(rien n'a été importé)",
    "import.git-folder": "{path} : un dossier : --git lit l'historique d'un seul fichier, nommez-le (privacy.md) : "
                         "rien n'a été importé",
    "import.git-not-repository": "{path} : n'est dans aucun dépôt git : --git lit l'historique d'un fichier dans le "
                                 "dépôt de l'ancien site (rien n'a été importé)",
    "import.git-own-page": "{path} : la page de ce site lui-même : `policy history` publie ses versions (rien n'a été "
                       "importé)",
    "import.other-language/name": "{path} : son nom indique le texte en {lang:language} : importez-le avec --lang "
                                  "{lang} (rien n'a été importé)",
    "import.other-language/folder": "{path} : son dossier indique le texte en {lang:language} : importez-le avec "
                                    "--lang {lang} (rien n'a été importé)",
    "import.git-no-commit": "{path} : son dépôt n'a aucun commit (rien n'a été importé)",
    "import.ref-unknown": "{path} : --ref {ref} ne désigne aucune branche, étiquette ou commit de {top} (git -C {top} "
                          "branch -a liste ses branches ; rien n'a été importé)",
    "import.git-objects-missing": "{path} : il manque à son dépôt des objets dont son historique a besoin (objet "
                                  "{object} : un clone partiel, git clone --filter, dont le dépôt distant est "
                                  "injoignable, ou une copie endommagée) : récupérez tout son historique (git -C {top} "
                                  "fetch --refetch, ou clonez-le à nouveau en entier), puis importez (rien n'a été "
                                  "importé)",
    "import.shallow": "{path} : son dépôt est un clone superficiel, sans ses commits les plus anciens : récupérez tout "
                      "son historique (git -C {top} fetch --unshallow), puis importez (rien n'a été importé)",
    "import.git-no-text": "{path} : aucun commit de {ref} ne le contient ({name} ; le fichier d'une autre branche se "
                          "lit avec --ref BRANCHE ; rien n'a été importé)",
    "import.git-no-text/branch": "{path} : aucun commit de la branche de son dépôt ne le contient ({name} ; le fichier "
                                 "d'une autre branche se lit avec --ref BRANCHE ; rien n'a été importé)",
    "import.git-format": "{path} : ni Markdown, ni HTML, ni Word (.docx) (extension {extension}) : l'import ne peut "
                         "pas lire les textes de son historique ; convertissez chacun en Markdown (pandoc --to gfm) et "
                         "importez-les comme fichiers nommés par leur date, ou importez les pages que son site "
                         "affichait (--git --ref sur une branche de pages construites, ou des fichiers .html "
                         "enregistrés) (rien n'a été importé)",
    "import.git-moved-away": "{path} : déplacé vers {name} au commit {commit} (du {day:date}), nom sous lequel "
                             "l'ancien site montrait ses textes suivants : importez ce fichier, dont l'historique "
                             "contient celui-ci (policy import --git {new}) (rien n'a été importé)",
    "import.git-format/code": "{path} : une page écrite en code (extension {extension}), que l'import ne lit pas, ni "
                              "pandoc : importez les pages que son site affichait, la branche de ses pages construites "
                              "(--git … --ref gh-pages) ou chaque version enregistrée depuis un navigateur ou la "
                              "Wayback Machine en .html, nommée par sa date (rien n'a été importé)",
    "import.git-format/asciidoc": "{path} : de l'AsciiDoc (extension {extension}), que l'import ne lit pas, ni "
                                  "pandoc : convertissez chaque texte en HTML avec Asciidoctor (asciidoctor {name}), "
                                  "qui écrit un fichier .html, et importez ces fichiers nommés par leur date, ou "
                                  "importez les pages que son site affichait (--git --ref sur une branche de pages "
                                  "construites, ou des fichiers .html enregistrés) (rien n'a été importé)",
    "import.ref-without-git": "--ref {ref} : lit l'historique d'une branche, avec --git (rien n'a été importé)",
    "import.linked": "{path} : un lien symbolique (ou à l'intérieur d'un lien) : l'import écrit les fichiers propres "
                     "au projet ; faites-en un fichier (rien n'a été importé)",
    "import.no-history-text": "aucun texte trouvé dans l'historique de {paths} (rien n'a été importé)",
    "import.word-list": "{finding:said} (rien n'a été importé : l'import y liste les mots du texte que le "
                        "dictionnaire ignore)",
    "import.too-long": "{path} : son texte, converti, a {size:number} caractères, plus que les {most:number} que peut "
                       "contenir une page du site (les plus longues politiques en ont quelque 100 000) : rien n'a "
                       "été importé ; retirez ce qui n'est pas le texte de la politique, ou importez à part chacun des "
                       "documents qu'il contient",
    "import.empty": "{path} : ne contient aucun texte (un fichier vide, ou une page dont le texte est en images ou "
                    "écrit par des scripts) : rien n'a été importé",
    "convert.embed-empty": "le script de {service} écrit sa partie de la page à son ouverture, après {before} : cette "
                           "copie n'y contient qu'un élément vide, aucun de ses mots (la liste des cookies d'une "
                           "politique de cookies, le texte d'une notice), et le texte importé ne les a pas : ouvrez la "
                           "page dans un navigateur et, une fois qu'ils s'affichent, enregistrez-la de nouveau (ou "
                           "copiez-les dans le texte), ou exportez-les depuis le service",
    "convert.embed-empty/start": "le début de la page",
    "import.embed-script": "{path} : aucun texte hormis son titre (« {title} ») : le texte de la page est celui que "
                           "{services:or} y écrit par script à son ouverture, que la page enregistrée ne contient pas "
                           "(un élément vide à sa place) ; ouvrez la page dans un navigateur et, une fois le texte "
                           "affiché, enregistrez-la de nouveau (ou copiez-le dans un document), ou exportez le texte "
                           "depuis le service, et importez-le : rien n'a été importé",
    "import.title-only": "{path} : aucun texte hormis son titre (« {title} ») : son texte est en images, ou un script "
                         "l'écrit dans la page à son ouverture (enregistrez de nouveau la page une fois son texte "
                         "affiché, ou copiez le texte dans un document) : rien n'a été importé",
    "import.embed": "{path} : aucun texte hormis son titre et ses liens ({places}) : la page affiche, à son ouverture, "
                    "un texte chargé depuis un autre site (une intégration d'iubenda, de Termly ou d'un autre service, "
                    "une iframe) ; ouvrez cette adresse et enregistrez la page qu'elle affiche, ou exportez le texte "
                    "depuis le service, et importez-le : rien n'a été importé",
    "import.zip-large": "{archive} : se décompresse en plus de {most:number} fichiers ou {megabytes:number} Mo, bien "
                        "plus que ne contient une archive de politiques : décompressez-la et importez le dossier des "
                        "textes (rien n'a été importé)",
    "import.zip-outside": "{archive} : {entry} : nommé hors du dossier de l'archive : rien n'a été importé",
    "import.zip-link": "{archive} : {entry} : un lien symbolique : l'import lit les fichiers d'une archive, jamais ce "
                       "vers quoi pointe un lien qu'elle contient, qui peut être n'importe quel fichier de cette "
                       "machine ; rien n'a été importé",
    "import.zip-encrypted": "{archive} : {entry} : chiffré : décompressez-la avec son mot de passe et importez le "
                            "dossier (rien n'a été importé)",
    "import.zip-oversize": "{archive} : {entry} : contient plus que sa taille déclarée : une archive endommagée (rien "
                           "n'a été importé)",
    "import.zip-unreadable": "{archive} : illisible comme archive zip : {error:said} ; décompressez-la et importez "
                             "le dossier (rien n'a été importé)",
    "import.same-date": "{first} et {second} : tous deux datés du {date:date}{where:said} : importez un seul texte par "
                        "date{formats:said}",
    "import.same-date/folders": " (dans {first} et dans {second})",
    "import.same-date/formats": " (très probablement la même version dans deux formats : gardez celle que les lecteurs "
                                "ont vue, {shown}, et sortez l'autre du dossier)",
    "import.same-date/parts": " (s'il s'agit des pages d'un même texte, nommez-les dans leur ordre, "
                              "{stem}-part-1{first}, {stem}-part-2{second} : elles sont lues comme un seul texte)",
    "import.undated-month": "{name} : pas de date dans le nom du fichier ; son texte indique « {said} », un mois sans "
                            "son jour : renommez-le {renamed}, DD étant le jour où son texte est entré en vigueur "
                            "(l'archive de l'ancien site, une capture ou l'annonce peuvent l'indiquer ; l'import ne "
                            "retient aucun jour que le texte ne donne pas)",
    "import.undated-period": "{name} : pas de date dans le nom du fichier ; son texte indique « {said} », une partie "
                             "d'année, et non le jour de son entrée en vigueur : renommez-le {renamed}, le jour où son "
                             "texte est entré en vigueur (l'archive de l'ancien site, une capture ou l'annonce peuvent "
                             "l'indiquer ; l'import ne retient aucun jour que le texte ne donne pas)",
    "import.undated-page-capture": "{name} : pas de date dans le nom du fichier, et son texte n'en dit aucune ; "
                                   "l'archive du web a capturé cette page le {day:date} ({capture}, selon sa barre "
                                   "d'outils), un jour où son texte était en vigueur, et non le jour de son entrée "
                                   "en vigueur : renommez-le {renamed}, le jour de son entrée en vigueur (une "
                                   "capture antérieure ou l'annonce peut le dire)",
    "import.undated-folder": "{path} : pas de date dans le nom du fichier (le nom d'un dossier n'est pas lu) : "
                             "renommez-le {renamed}{captured:said}",
    "import.undated-folder/captured": " (l'heure à laquelle l'archive du web l'a capturé : le texte a pu entrer en "
                                      "vigueur avant, comme sa ligne « Dernière mise à jour » peut l'indiquer)",
    # --- which copy of the archive a reading command reads (branch.py) -----------------------------------------
    "branch.cut": "l'historique de {branch} s'arrête à {commit} dans ce clone (une récupération superficielle, "
                  "`--depth`) : c'est la preuve du jour où chaque version a atteint le site, que disent les pages de "
                  "l'historique et « at » et `policy at`, et, lu ainsi, chaque version semblerait publiée le jour de "
                  "ce commit. Récupérez tout son historique (`git fetch --unshallow {remote}` ; sur GitHub Actions, "
                  "`fetch-depth: 0` dans actions/checkout) et relancez la commande. Rien n'a été modifié.",
    "branch.cut/read": "l'historique de {branch} est incomplet dans ce clone : il s'arrête à {commit} (une "
                       "récupération superficielle, `--depth`), et cet historique est la preuve du jour où chaque "
                       "version a atteint le site, que dit `policy at` : lu ainsi, chaque version semblerait publiée "
                       "le jour de ce commit. Récupérez tout son historique (`git fetch --unshallow {remote}` ; sur "
                       "GitHub Actions, `fetch-depth: 0` dans actions/checkout) et relancez la commande",
    "branch.missing": "ni la branche {branch} ni {remote}/{branch} n'existent ici : récupérez l'archive (`git fetch "
                      "{remote} {branch}:{branch}`), ou publiez-la à partir de l'historique de la politique (`policy "
                      "history`)",
    "branch.missing/unfetched": "ni la branche {branch} ni {remote}/{branch} n'existent ici : ce clone ne récupère "
                                "que d'autres branches de {remote} (créé avec --single-branch), et la branche {branch} "
                                "de {remote}, l'archive publiée s'il en a une, n'a jamais été récupérée : récupérez-la "
                                "(`git remote set-branches --add {remote} {branch}` puis `git fetch {remote}`) et "
                                "relancez la commande",
    "branch.missing/remote": "{branch} n'existe pas ici : récupérez l'archive (`git fetch {remote} {name}`), ou "
                             "publiez-la à partir de l'historique de la politique (`policy history`)",
    "branch.read-behind": "{remote}/{branch} est lue : la branche locale {branch} est en retard sur elle (publiée "
                          "depuis un autre clone ; `git branch -f {branch} {remote}/{branch}` la met à jour)",
    "branch.read-diverged": "la branche locale {branch} est lue, et elle a divergé par rapport à {remote}/{branch}, "
                            "ce que le site sert (chacune a des commits que l'autre n'a pas) : réconciliez-les (`git "
                            "branch -f {branch} {remote}/{branch}` garde celle du dépôt distant), ou nommez celle-ci "
                            ": -b {remote}/{branch}",
    "branch.not-archive": "{name} contient les sources du projet ({config}) et aucune version publiée : ce n'est pas "
                          "l'archive ; nommez la branche de l'archive avec -b ({default} par défaut)",
    # --- what publishing refuses to go on over (publish_refusals.py) ------------------------------------------
    "refuse.recorded-published/item": "{file} inscrit {commit} comme jamais publié, alors qu'il s'agit de la version "
                                      "publiée {version}",
    "refuse.recorded-published": "{items:each} : une version publiée demeure ; supprimez cette inscription. Rien n'a "
                                 "été publié.",
    "refuse.rewound/item": "{version} était sur {branch} au commit {commit} (journal des références de {ref} dans ce "
                           "clone) et n'y est plus",
    "refuse.rewound/tag": "{version} était sur {branch} au commit {commit} (son tag {ref}, poussé avec elle) et "
                          "n'y est plus",
    "refuse.rewound": "{items:each} : {branch} a été ramenée (reset ou push forcé) à un état antérieur à une "
                      "publication ; une version publiée reste : remettez la branche en place (`git branch -f {branch} "
                      "{commit}`, puis poussez-la) ou, si ce commit n'a jamais atteint le site (une publication "
                      "annulée avant d'être poussée), oubliez-le ({forget:each}). Rien n'a été publié.",
    "refuse.rewound/forget-reflog": "`git reflog expire --expire-unreachable=now --all`",
    "refuse.rewound/forget-tags": "`git tag -d {tags}`",
    "refuse.removed/item": "la version {version} a été publiée, puis retirée de {branch} par son commit {commit}",
    "refuse.removed": "{items:each} : une version publiée demeure ; rétablissez-la (git revert de ce commit sur la "
                      "branche). Rien n'a été publié.",
    "refuse.missing-folders": "{folders} : publié (le relevé de publication figure sur {branch}) mais son dossier n'y "
                              "est plus : supprimé à la main ; rétablissez-le (git revert de ce commit sur la "
                              "branche), ou reconstruisez toutes les versions (`policy history --rebuild`). Rien n'a "
                              "été publié.",
    "refuse.unconfigured": "{languages:languages:code} : langues publiées sur {branch}, et absentes de la "
                           "configuration : une langue, une fois publiée, fait partie de toutes les versions "
                           "suivantes (les adresses de ses lecteurs, la version en vigueur) ; configurez-la de "
                           "nouveau ; rien n'a été publié",
    "refuse.unconfigured/one": "{languages:languages:code} : langue publiée sur {branch}, et absente de la "
                               "configuration : une langue, une fois publiée, fait partie de toutes les versions "
                               "suivantes (les adresses de ses lecteurs, la version en vigueur) ; configurez-la de "
                               "nouveau ; rien n'a été publié",
    "refuse.moved": "{where} : {why} ; rien n'a été publié",
    "refuse.moved/item": "l'adresse publique du site (`extra.policy.public_url`) le déplace de {old}, où son archive a "
                         "été publiée, à {new} : toutes les adresses que ses lecteurs ont gardées nomment l'ancienne "
                         "(un favori, un lien vers une version ou vers latest/, les entrées du flux, dont les "
                         "identifiants sont les adresses de leurs versions), et aucune ne mènerait plus à l'archive ; "
                         "gardez `public_url: {old}`, ou, pour un déplacement définitif où {old} renvoie ses lecteurs "
                         "vers {new} (une redirection de son serveur), dites-le sous elle : `former_urls: [{old}]`",
    "refuse.renamed": "{items:each: ; } ; rien n'a été publié",
    "refuse.unconfigured/export": "{languages:languages:code} : langues publiées sur {branch}, et absentes de la "
                                  "configuration : une langue, une fois publiée, fait partie de toutes les versions "
                                  "suivantes (les adresses de ses lecteurs, la version en vigueur) ; configurez-la de "
                                  "nouveau ; rien n'a été exporté",
    "refuse.unconfigured/one/export": "{languages:languages:code} : langue publiée sur {branch}, et absente de la "
                                      "configuration : une langue, une fois publiée, fait partie de toutes les "
                                      "versions suivantes (les adresses de ses lecteurs, la version en vigueur) ; "
                                      "configurez-la de nouveau ; rien n'a été exporté",
    "refuse.renamed/export": "{items:each: ; } ; rien n'a été exporté",
    "refuse.renamed/item": "{old} est publiée sur {branch} et absente de la configuration, où {new}, jamais publiée, "
                           "a pris sa place : le code d'une langue est son dossier sur le site, les adresses que "
                           "citent ses lecteurs ({old}/{first}/, {old}/latest/), que l'archive garde pour toujours ; "
                           "une langue publiée garde donc son code : remettez `code: {old}` dans les langues du site "
                           "(`extra.policy.languages`){authoritative:opt: et `authoritative: %s` dans les réglages du "
                           "site (`extra.policy`)}, avec {config} (`theme.language: {old}`) ; son nom (`name:`) et le "
                           "dossier de ses pages (`docs_dir`) peuvent changer",
    "refuse.local-address": "l'adresse publique du site (`extra.policy.public_url`) est {url}, une adresse de cette "
                            "machine : chaque version poussée la citerait pour toujours (ses liens canoniques, son "
                            "flux, son PDF) ; indiquez l'adresse du site lui-même dans mkdocs.yml (README.md, « "
                            "Before publishing ») ; rien n'a été publié",
    "refuse.dropped-documents": "{documents} : document publié sur {branch} (ses versions dans {folder}/), et absent "
                                "de la liste des documents du site (`extra.policy.documents`) : un document, une fois "
                                "publié, reste dans l'archive (les adresses de ses lecteurs, ce qui était en vigueur) "
                                "; configurez-le de nouveau, avec sa page ; rien n'a été publié",
    "refuse.head-missing": "le texte qui fait foi ne figure pas dans le commit en cours (HEAD), dont l'historique "
                           "contient des versions datées : {why:each} ; rien n'a été publié",
    "refuse.head-undated/tags": "{path} n'a pas de `date:` dans son en-tête dans le commit en cours, HEAD ; ses "
                                "étiquettes nomment les jours ({items:each:, }), mais le jour d'entrée en vigueur "
                                "d'une version se lit dans son texte, jamais dans une étiquette : écrivez `date: "
                                "{day:iso}` dans son en-tête (le jour de chaque version dans son propre texte) et "
                                "commitez-le ; rien n'a été publié",
    "refuse.head-undated/tag-item": "{tag} au commit {commit} : {day:iso}",
    "refuse.head-undated/tag-fault": "{path} n'a pas de `date:` dans son en-tête dans le commit en cours, HEAD, et "
                                     "{fault:said} ; rien n'a été publié",
    "history.tag-not-a-day": "l'étiquette {tags} au commit {commit} ne nomme aucun jour unique pour le texte de {path} "
                             "(un jour qui n'existe pas, ou un jour et un mois interchangeables) : nommez-la l'année "
                             "d'abord (`v2021-02-17`) ou écrivez `date:` dans l'en-tête du texte",
    "history.tag-disagree": "les étiquettes {tags} au commit {commit} nomment des jours différents pour le texte de "
                            "{path} : gardez celle qui nomme son jour d'entrée en vigueur, ou écrivez ce jour en "
                            "`date:` dans son en-tête",
    "import.git-dated/tag-other": " ; son étiquette {tag} nomme le {day:date} : vérifiez le jour de son entrée en "
                                  "vigueur",
    "import.git-dated/tag-late": " ; l'étiquette {tag} au commit {commit}, {count:plural:commit|commits} après lui, "
                                 "nomme le {day:date}, non retenu comme son jour : une publication entre les deux, "
                                 "sans étiquette, a pu le montrer avant",
    "import.git-dated/tag-next-other": " ; l'étiquette {tag} au commit {commit}, le commit suivant, nomme le "
                                       "{day:date}, non retenu comme son jour : ce commit a aussi modifié {files}, une "
                                       "publication de plus que ce texte, qui a pu être montré avant",
    "import.git-dated/tag-unread": " ; l'étiquette {tags} au commit {commit}, après lui, ne nomme aucun jour unique : "
                                   "non retenue comme son jour (l'étiquette d'une publication, pas celle de son texte)",
    "import.git-dated/tag": "daté du {day:date}, le jour que nomme l'étiquette {tag} au commit {commit} (son texte "
                            "n'indique aucun jour d'entrée en vigueur)",
    "refuse.head-undated": "{path} n'a pas de date lisible dans le commit en cours, HEAD (`policy check` indique "
                           "pourquoi) : son texte serait ignoré ; rien n'a été publié",
    # --- a text dated before published versions (a revert), and the way to bring it back ---------------------
    "revert.kept": "le site maintient en vigueur la version {newest} ; pour rétablir ce texte, donnez-lui une "
                   "nouvelle date, postérieure au {newest:date}",
    "revert.kept/again": "le site maintient en vigueur la version {newest} ; c'est le texte de la version {version} "
                         "sous une autre date, le {date:date}, encore antérieure au {newest:date} : pour le rétablir, "
                         "donnez-lui une date postérieure au {newest:date}",
    "revert.kept/new": "le site maintient en vigueur la version {newest} ; ce texte n'a jamais été publié : pour le "
                       "publier, donnez-lui une date postérieure au {newest:date}",
    "revert.redated": "c'est le texte de la version {version}, publiée sous cette date, qu'une version publiée garde "
                      "(les adresses de ses lecteurs, les jours où elle était en vigueur) : la version {version} reste "
                      "telle que publiée ; remettez `date: {version}` dans la page",
    "revert.ahead": "la version {newest} est publiée avant sa date et entre en vigueur le {newest:date} quel que soit "
                    "le contenu de main (une version publiée demeure) ; pour que ce texte soit en vigueur après elle, "
                    "donnez-lui une date postérieure au {newest:date} (le {soonest:date} au plus tôt) : la version "
                    "{newest} est alors en vigueur jusqu'à la veille",
    "revert.ahead/material": "la version {newest} est publiée avant sa date et entre en vigueur le {newest:date} quel "
                             "que soit le contenu de main (une version publiée demeure) ; pour que ce texte soit en "
                             "vigueur après elle, donnez-lui une date postérieure au {newest:date} (le {soonest:date} "
                             "au plus tôt pour une modification rédactionnelle (`change: editorial`), le "
                             "{material:date} pour une modification substantielle (préavis de "
                             "{notice_days:plural:jour|jours} à compter d'aujourd'hui)) : la version {newest} est "
                             "alors en vigueur jusqu'à la veille",
    "revert.head": "le texte du commit en cours (HEAD) est celui de la version {version}, antérieure à {newer} : "
                   "{advice:said}",
    "revert.dated": "{commit} date le texte du {date:date}, après la publication du texte du {later:date} : "
                    "{advice:said}",
    # --- a published version whose text history holds otherwise, a translation that starts later ---------------
    "publish.edited": "{version} : le texte publié diffère du dernier commit portant cette date, {commit} "
                      "({changes:said}) ; une version publiée ne change jamais : elle est conservée telle que publiée",
    "publish.edited/rebuilt": "{version} : le texte publié diffère du dernier commit portant cette date, {commit} "
                              "({changes:said}) ; une version publiée ne change jamais : reconstruite à partir du "
                              "commit qui a servi à la publier, {kept}",
    "publish.edited/refused": "{version} : le texte publié diffère du dernier commit portant cette date, {commit} "
                              "({changes:said}) ; une version publiée ne change jamais : rien n'a été reconstruit",
    "publish.edited-by": "{path} : {what:said} par le commit {commit} ({subject!r})",
    "publish.edited-by/hand": "{path} : modifié par le commit {commit} ({subject!r}), qui n'est pas l'un de ceux de la "
                              "publication",
    "publish.archive-written-again": "{document} : {files}{more:opt: (et %s de plus)} : pas ce que la publication "
                                     "écrit à partir de ses relevés de publication (écrit par une version antérieure "
                                     "de ce générateur, ou modifié sur la branche) : réécrit à partir d'eux",
    "publish.unlike-archive": "{found:each}{more} : un fichier à côté des versions d'un autre document (son `latest/`, "
                              "sa page d'historique, de comparaison, « en vigueur le » ou 404, son flux, la page "
                              "racine du site) n'est pas ce que la publication écrit à partir des relevés de "
                              "publication : modifié sur la branche, ses mots ne sont pas ceux du générateur, et le "
                              "prochain commit le mettrait en ligne sans contrôle. Annulez cette modification sur la "
                              "branche (`git log <branche> -- <chemin>` la montre). Rien n'a été publié.",
    "publish.unlike-rebuild": "{found:each}{more} : une page d'une version publiée n'est pas ce que donne une "
                              "construction de son commit source (telle que `policy verify` la fait) : modifiée sur "
                              "la branche, ou la version ajoutée là à la main, ses mots, son en-tête, ses menus, son "
                              "pied de page ou ses scripts ne sont pas ceux du générateur, et le prochain commit les "
                              "mettrait en ligne sans contrôle. Annulez cette modification sur la branche (`git log "
                              "<branche> -- <chemin>` la montre), ou reconstruisez toutes les versions (`policy "
                              "history --rebuild`). Rien n'a été publié.",
    "publish.unrebuilt": "{found:each}{more} : rien ne prouve que les pages d'une version que ce clone ne peut "
                         "reconstruire sont ce que la publication a construit, et le prochain commit les mettrait en "
                         "ligne sans contrôle. Son commit n'est pas ici, ni son texte à aucun commit de cet historique "
                         "(main réécrite depuis sa publication, son texte modifié sous sa date) : récupérez ce commit "
                         "d'un clone qui l'a encore (`git fetch <ce clone> <commit>`), puis relancez la commande ; "
                         "`policy verify` nomme ce qui manque. Rien n'a été publié.",
    "publish.unrebuilt/shallow": "{found:each}{more} : ce clone superficiel n'a pas les commits à partir desquels "
                                 "ces versions ont été publiées : rien ne prouve donc que leurs pages sur la branche "
                                 "sont ce que la publication a construit, et le prochain commit les mettrait en ligne "
                                 "sans contrôle. Récupérez tout l'historique (`git fetch --unshallow` ; sur GitHub "
                                 "Actions, `fetch-depth: 0` dans actions/checkout), puis relancez la commande ; "
                                 "`policy verify` nomme ce qui manque. Rien n'a été publié.",
    "publish.unrebuilt/unfetched": "{found:each}{more} : {count:form:publiée|publiées} depuis un autre clone "
                                   "({remote}/{branch} {count:form:la contient|les contient}, la branche locale "
                                   "{branch} non), {count:form:son commit n'est pas récupéré|leurs commits ne sont "
                                   "pas récupérés} : rien ne prouve donc que {count:form:ses pages sont|leurs pages "
                                   "sont} ce que la publication a construit, et le prochain commit les mettrait en "
                                   "ligne sans contrôle. `git fetch {remote}` {count:form:le récupère|les récupère} "
                                   "si ce clone a poussé sa branche {head} (puis `git merge {remote}/{head}`), puis "
                                   "relancez la commande ; sinon {count:form:récupérez-le|récupérez-les} de ce clone "
                                   "(`git fetch <ce clone> <commit>`). Rien n'a été publié.",
    "publish.unrebuilt/unfetched/fetched": "{found:each}{more} : {count:form:publiée|publiées} depuis un autre clone "
                                           "et {count:form:arrivée|arrivées} ici avec {remote}/{branch} (la branche "
                                           "locale {branch} y a été déplacée depuis ; ce clone ne "
                                           "{count:form:l'a|les a} jamais {count:form:publiée|publiées}), "
                                           "{count:form:son commit n'est pas récupéré|leurs commits ne sont pas "
                                           "récupérés} : rien ne prouve donc que {count:form:ses pages sont|leurs "
                                           "pages sont} ce que la publication a construit, et le prochain commit les "
                                           "mettrait en ligne sans contrôle. `git fetch {remote}` {count:form:le "
                                           "récupère|les récupère} si ce clone a poussé sa branche {head} (puis `git "
                                           "merge {remote}/{head}`), puis relancez la commande ; sinon "
                                           "{count:form:récupérez-le|récupérez-les} de ce clone (`git fetch <ce "
                                           "clone> <commit>`). Rien n'a été publié.",
    "publish.stranger/item": "{version} (son commit {commit})",
    "publish.stranger": "{items:each} : mise sur la branche par un commit à la main, pas par la publication, et "
                        "aucun commit de l'historique de cette politique ne contient son texte : une version venue "
                        "d'ailleurs (le dossier d'un autre site copié ?), qu'aucune reconstruction ne peut "
                        "construire ; retirez-la de la branche (`git revert` de ce commit sur celle-ci ; `policy "
                        "verify` la nomme). Rien n'a été publié.",
    "publish.older-edited": "{found:each}{more} : pas tel que publié (modifié à la main sur la branche depuis la "
                            "publication de sa version), et le prochain commit le mettrait en ligne sans contrôle : "
                            "annulez cette modification sur la branche (`git log <branche> -- <chemin>` la montre ; "
                            "`policy verify` nomme chaque différence), ou reconstruisez toutes les versions (`policy "
                            "history --rebuild`). Rien n'a été publié.",
    "publish.pdfs-kept": "{count:plural:PDF conservé tel que publié|PDF conservés tels que publiés} : "
                         "{count:form:son texte, son modèle d'impression, ses options et son moteur sont "
                         "inchangés|leur texte, leur modèle d'impression, leurs options et leur moteur sont "
                         "inchangés} (la même clé), si bien que {count:form:l'imprimer|les imprimer} de nouveau "
                         "donnerait les mêmes octets",
    "publish.partial": "{version} : publiée en {languages:languages} seulement : {missing} "
                       "{count:form:n'existe|n'existent} pas au commit {commit} ({count:form:une traduction qui "
                       "commence|des traductions qui commencent} avec une version ultérieure)",
    "publish.partial/kept": "{version} : {missing} n'existe pas au commit {commit} : conservée telle que publiée",
    # --- `policy at DAY`: the version in force that day -----------------------------------------------------
    "at.day-offset": "« {value} » n'a pas de décalage par rapport à UTC : son jour en dépend ; donnez-le ({value}Z "
                     "pour UTC, ou +01:00 …)",
    "history.jobs-invalid": "« {value} » n'est pas un nombre de processus de construction : donnez un nombre entier, "
                            "1 ou plus",
    "at.day-invalid": "« {value} » n'est ni un jour (AAAA-MM-JJ) ni un instant avec son décalage "
                      "(2024-02-28T23:30:00Z)",
    "at.section-blank": "« {value} » ne désigne aucune section : donnez son numéro (7.3, ou tel que son titre "
                        "l'écrit : 7.3.) ou l'identifiant de son lien (s7-3)",
    "at.answer": "{version} {url} (en vigueur depuis le {start:date})",
    "at.answer/to": "{version} {url} (en vigueur du {start:date} au {until:date} inclus)",
    "at.answer/upcoming": "{version} {url} (à venir : entre en vigueur le {start:date})",
    "at.answer/upcoming-to": "{version} {url} (à venir : en vigueur du {start:date} au {until:date} inclus)",
    "at.answer/upcoming-after": "{version} {url} (à venir : sera en vigueur le {day:date}, à compter du {start:date})",
    "at.answer/upcoming-after-to": "{version} {url} (à venir : sera en vigueur le {day:date}, du {start:date} au "
                                   "{until:date} inclus)",
    "at.prevails": "aucun texte en {lang:language} n'était encore publié le {day:date} (le premier date du "
                   "{first:date}) : le texte en {authoritative:language}, qui fait foi, était en vigueur",
    "at.prevails/ahead": "aucun texte en {lang:language} ne sera encore en vigueur le {day:date} (le premier entre en "
                         "vigueur le {first:date}) : le texte en {authoritative:language}, qui fait foi, sera en "
                         "vigueur",
    "at.shown": "la version {version} n’a été publiée sur le site que le {published:date}, après sa date : le "
                "{day:date}, le site montrait encore la version {shown} comme texte en vigueur (le commit de la "
                "branche du {published:date} prouve la date de publication de la version {version})",
    "at.shown/none": "la version {version} n’a été publiée sur le site que le {published:date}, après sa date : le "
                     "{day:date}, le site ne montrait encore aucune version, sa première publication datant du "
                     "{first:date} (l'archive prouve ce que les lecteurs ont vu à partir de ce jour, pas avant)",
    "at.shown/none-imported": "la version {version}, importée de là où elle était publiée avant, n’a été publiée sur "
                              "ce site que le {published:date} : le {day:date}, ce site ne montrait encore aucune "
                              "version, sa première publication datant du {first:date} (l'archive prouve ce que ses "
                              "lecteurs ont vu à partir de ce jour ; ce que montrait l'ancien site, ses propres "
                              "relevés le prouvent)",
    "at.announced": "le {day:date}, le site montrait aussi la version {version}, annoncée à l'avance : publiée le "
                    "{published:date}, elle entre en vigueur le {start:date} ; les lecteurs en étaient informés depuis "
                    "le {published:date}",
    "at.announced/to-come": "le {day:date} est encore à venir : ce jour-là, le site montrera aussi la version "
                            "{version}, annoncée à l'avance : publiée le {published:date}, elle entre en vigueur le "
                            "{start:date} ; les lecteurs en sont informés depuis le {published:date}",
    "at.announced/upcoming": "la version {version} est annoncée à l'avance : publiée le {published:date}, elle n'est "
                             "pas encore en vigueur ; le texte en vigueur aujourd'hui, le {today:date}, est la version "
                             "{current}",
    "at.gone": "la version {version} a été publiée sur {branch} et n'y est plus ({how:said}) : l'archive n'a plus "
               "tous les textes en vigueur jusqu'au {day:date} et ne répond rien pour ce jour ; remettez la version "
               "{version} (`policy verify` dit comment), puis demandez à nouveau",
    "at.gone/rewound": "le journal des références de {ref} dans ce clone l'y montre au commit {commit} : la branche a "
                       "été ramenée (reset ou push forcé) à un état antérieur",
    "at.gone/tag": "son tag {ref}, poussé avec elle, nomme le commit {commit} : la branche a été ramenée (reset ou "
                   "push forcé) à un état antérieur",
    "at.gone/removed": "retirée par le commit {commit} de la branche",
    "at.diverged": "la version {version} est sur {remote}/{branch}, ce que le site sert, et pas sur la branche locale "
                   "{branch}, qui a divergé par rapport à elle (chacune a des commits que l'autre n'a pas) : la copie "
                   "locale ne peut pas dire quel texte était en vigueur le {day:date} ; interrogez la copie du site "
                   "(`policy at {day:iso} -b {remote}/{branch}`), ou réconciliez-les (`git branch -f {branch} "
                   "{remote}/{branch}` garde celle du dépôt distant)",
    "at.stranger": "la version {version}, la réponse de l'archive pour le {day:date}, a été mise sur {branch} par son "
                   "commit {commit}, pas par la publication, et aucun commit de l'historique de cette politique ne "
                   "contient son texte : une version venue d'ailleurs, qui ne dit rien du texte de cette politique "
                   "en vigueur ; retirez-la de la branche (`policy verify` dit comment), puis demandez à nouveau",
    "at.unpushed": "la version {version} est sur la branche locale {branch} seulement, pas sur {remote}/{branch} telle "
                   "que ce clone l'a récupérée la dernière fois, ce que le site sert : publiée ici et pas poussée, son "
                   "adresse ne répond encore rien (`git push {remote} {branch}` ; `git fetch {remote}` d'abord pour "
                   "voir la copie du site telle qu'elle est)",
    "at.preview": "la version {version}, la réponse de la branche locale {branch} pour le {day:date}, est un aperçu : "
                  "construite à partir du commit {commit}, un texte que cette branche n'a jamais porté (le `policy "
                  "history` d'une autre branche, `make build` sur celle-ci), et absente de {remote}/{branch}, ce que "
                  "le site sert ; elle n'a jamais été en vigueur : ramenez la branche locale {branch} à la copie du "
                  "site (`git branch -f {branch} {remote}/{branch}`), ou interrogez cette copie "
                  "(`-b {remote}/{branch}`), puis demandez à nouveau",
    "at.preview/local": "la version {version}, la réponse de la branche locale {branch} pour le {day:date}, est un "
                        "aperçu : construite à partir du commit {commit}, un texte que ni cette branche ni {source}, "
                        "la branche d'où le site est publié, n'a jamais porté (le `policy history` d'une autre "
                        "branche, `make build` sur celle-ci), sans copie du site ici pour dire le contraire ; elle "
                        "n'a jamais été en vigueur : ramenez {branch} à l'état d'avant son commit {added} qui l'y a "
                        "mise (`git branch -f {branch} {added}^`, si rien de ce qui a été publié après n'est à "
                        "garder), puis demandez à nouveau",
    "at.page-missing": "sa page {path} n'est pas sur {branch}, bien que son relevé de publication y soit (retirée à "
                       "la main depuis sa publication) : son adresse ne répond rien tant qu'elle n'est pas remise "
                       "(`policy verify` dit comment)",
    "at.none": "aucune version n'était en vigueur le {day:date} : la première publiée, {first}, est entrée en vigueur "
               "le {first:date}",
    "at.none/ahead": "aucune version n'est en vigueur le {day:date} : la première publiée, {first}, est annoncée à "
                     "l'avance et entre en vigueur le {first:date}",
    "at.proof/source": "source : {path} au commit {commit} (empreinte {sha256})",
    "at.proof/source-elsewhere": "source : {path} au commit {commit} (empreinte {sha256}), un commit que "
                                 "l'historique de ce clone n'a plus (main réécrite depuis : un rebase, un "
                                 "force-push) ; le même texte est au commit {now}",
    "at.proof/source-gone": "source : {path} au commit {commit} (empreinte {sha256}), un commit que ce clone n'a plus, "
                            "ni aucun commit de son historique portant ce texte (main réécrite depuis) : `policy "
                            "verify` dit que faire",
    "at.proof/source-shallow": "source : {path} au commit {commit} (empreinte {sha256}), absent de ce clone (une "
                               "récupération partielle, shallow) : `git fetch --unshallow` pour le lire",
    "at.proof/file": "sur {branch} : {path}, empreinte {sha256}, comme son relevé de publication l'enregistre",
    "at.proof/file-differs": "sur {branch} : {path} diffère de l'empreinte que son relevé de publication "
                             "enregistre, {sha256} : modifié à la main depuis sa publication (`policy verify` dit quoi "
                             "faire)",
    "at.proof/file-missing": "sur {branch} : {path}, enregistré avec l'empreinte {sha256}, manque : supprimé à la main "
                             "depuis sa publication (`policy verify` dit quoi faire)",
    "at.proof/record": "relevé de publication : {path}, ajouté à {branch} par le commit {commit} le {day:date} à "
                       "{time} ({zone})",
    "at.proof/record-rewritten": "relevé de publication : {path}, ajouté à {branch} par le commit {commit} le "
                                 "{day:date} à {time} ({zone}), et réécrit depuis (`policy verify` dit quoi faire)",
    "at.proof/record-unknown": "relevé de publication : {path} : aucun commit de l'historique de {branch} ne l'a "
                               "ajouté (un historique coupé ou greffé) : `policy verify` dit quoi faire",
    "at.proof/recheck": "pour le vérifier sans cet outil, dans un clone qui contient {branch} : `git cat-file "
                        "blob {commit}:{path} | sha256sum` affiche l'empreinte de la source, `git cat-file blob "
                        "{branch}:{file} | sha256sum` celle d'un fichier publié (de même pour chacun), et `git log "
                        "--diff-filter=A --format='%H %cI' {branch} -- {record}` le commit qui a ajouté le relevé de "
                        "publication et sa date ; le relevé lui-même, `git cat-file blob {branch}:{record}`, liste "
                        "l'empreinte de chaque fichier",
    "at.renamed": "le site sert ce texte sous {old}, son code publié ; la configuration le nomme désormais {new}, ce "
                  "que `policy publish` et `policy history` refusent : {why}",
    "at.dropped": "le site sert les textes en {lang:language} publiés avant que la configuration ne cesse de lister "
                  "cette langue ({lang}), ce que `policy publish` et `policy history` refusent tant qu'elle ne la "
                  "liste pas de nouveau",
    "at.none/language": "aucune version en {lang:language} n'est publiée sur {branch}",
    "at.no-section": "la version en vigueur le {day:date}, {version}, n'a pas de section « {section} » : ses sections "
                     "sont {some} (donnez-en une comme son titre écrit son numéro, ou l'identifiant de son lien, s7-3)",
    "at.section-removed": "la section {section}, « {title} » dans la version du {then}, n'est pas dans la version en "
                          "vigueur le {day:date}, {version} : elle a été supprimée (son texte tel qu'il était : {url})",
    "at.instant": "{moment} correspond à {there}, soit le {day:date} dans le fuseau {zone}, celui de l'entreprise, où "
                  "une version entre en vigueur à 00:00",
    "at.instant/utc": "{moment} correspond à {there}, soit le {day:date} en UTC (le fuseau horaire du site, "
                      "`extra.policy.time_zone`, ne désigne aucun fuseau), où une version entre en vigueur à 00:00",
    # --- pushing the branch (publish_remote.py) and what the archive lacks ------------------------------------
    "push.pushed": "{branch} envoyée vers {remote}",
    "push.behind": "la branche locale {branch} était en retard sur {remote}/{branch} : elle a été mise à jour",
    "push.behind-unsafe": "rien n'a été envoyé : {files:each}{more:opt: (et %s de plus)} : sur la branche {branch} "
                          "de {remote}, refusé par le contrôle de sortie (envoyé à la main ?) ; la branche locale "
                          "{branch} reste telle qu'elle était, sans être mise à jour : annulez cette modification sur "
                          "la branche {branch} de {remote} (`policy verify -b {remote}/{branch}` nomme chaque "
                          "différence)",
    "push.foreign": "rien n'a été envoyé : la branche locale {branch} contient {versions}, construites à partir d'un "
                    "texte que cette branche n'a jamais contenu (l'aperçu d'une autre branche, un `make build` sur "
                    "celle-ci, même fusionnée depuis : ses brouillons n'ont jamais été le texte de cette branche) ; "
                    "ramenez la branche locale {branch} à celle de {remote} (`git branch -f {branch} "
                    "{remote}/{branch}`), puis publiez de nouveau",
    "push.edited": "rien n'a été envoyé : {files:each}{more:opt: (et %s de plus)} : sur la branche locale {branch} "
                   "tel qu'aucune publication ne l'a écrit (modifié à la main sur la branche) ; la branche {branch} "
                   "de {remote} reste telle qu'elle était : annulez cette modification sur la branche (`policy "
                   "verify` nomme chaque différence), ou reconstruisez toutes les versions (`policy history "
                   "--rebuild`)",
    "push.foreign/one": "rien n'a été envoyé : la branche locale {branch} contient {versions}, construite à partir "
                        "d'un texte que cette branche n'a jamais contenu (l'aperçu d'une autre branche, un `make "
                        "build` sur celle-ci, même fusionnée depuis : ses brouillons n'ont jamais été le texte de "
                        "cette branche) ; ramenez la branche locale {branch} à celle de {remote} (`git branch -f "
                        "{branch} {remote}/{branch}`), puis publiez de nouveau",
    "push.moved": "publié sur la branche locale {branch}, mais la branche {branch} de {remote} a changé entre-temps "
                  "(un autre clone ou une autre tâche y a publié) : rien n'a été envoyé. Reprenez celle de {remote} "
                  "et relancez la commande, qui y publiera ce qui lui manque : `git fetch {remote} {branch}`, puis "
                  "`git branch -f {branch} {remote}/{branch}`",
    "push.moved/unchanged": "rien n'a changé sur la branche locale {branch}, mais la branche {branch} de {remote} a "
                            "changé entre-temps (un autre clone ou une autre tâche y a publié) : rien n'a été envoyé. "
                            "Reprenez celle de {remote} et relancez la commande, qui y publiera ce qui lui manque : "
                            "`git fetch {remote} {branch}`, puis `git branch -f {branch} {remote}/{branch}`",
    "push.failed": "publié sur la branche locale {branch}, mais l'envoi vers {remote} a échoué : {error:said}",
    "push.tags-refused": "{branch} envoyée vers {remote}, mais {remote} a refusé les étiquettes (tags) nommant le "
                         "commit qui a publié chaque version (refs/tags/{folder}/) : la branche est publiée sans "
                         "elles, qui restent ici ; elles prouvent où était chaque version si {branch} venait à être "
                         "réécrite : faites accepter à {remote} les étiquettes sous refs/tags/{folder}/ (le hook ou la "
                         "règle qui les refuse), et le prochain envoi les enverra : {error:said}",
    "refuse.no-remote": "le dépôt n'a pas de dépôt distant nommé {remote} : rien n'a été publié ni envoyé : ajoutez "
                        "le dépôt du site (git remote add {remote} ADRESSE), puis relancez la commande (make build "
                        "publie sur la branche locale gh-pages seulement)",
    "push.unreachable": "{remote} est injoignable : rien n'a été publié ni envoyé (une version publiée ici seulement "
                        "serait enregistrée comme publiée un jour où aucun lecteur ne pouvait la lire) ; vérifiez son "
                        "adresse (`git remote -v`) et relancez la commande, ou publiez sans --push : {error:said}",
    "push.failed/unchanged": "rien n'a changé sur la branche locale {branch}, mais l'envoi vers {remote} a échoué : "
                             "{error:said}",
    "publish.legacy": "{count:plural:version publiée|versions publiées} avant l'existence des pages de modifications "
                      "et des exports JSON ({versions}) : `policy history --rebuild` {count:form:l'en dote|les en "
                      "dote}",
    "import.skipped/data": "{path} : ignoré : un fichier de données dont le nom ne contient pas de date (les "
                           "réglages d'un site ; celui d'une politique est lu quand il est nommé seul ou daté dans son "
                           "nom)",
    "import.data-unreadable": "{name}:{line} : un fichier de données qui ne se lit ni en YAML, ni en JSON, ni en TOML "
                              "({problem})",
    "import.data-surrogate": "{name}:{line} : un échappement qui écrit la moitié d'un caractère (`\\ud800` à "
                             "`\\udfff` seul, un demi-codet isolé), qu'aucune page, flux ou PDF ne peut contenir : "
                             "écrivez le caractère lui-même",
    "import.data-deep": "{name}:{line} : des listes et des tableaux associatifs entre crochets imbriqués sur plus de "
                        "{most:number} niveaux, ce dont les données d'aucune politique n'ont besoin : non lu",
    "import.data-shape": "{name}:{line} : un fichier de données qui n'a pas la forme d'une politique (un titre, puis "
                         "ses sections dans l'ordre, chacune un titre au-dessus d'un texte Markdown ou HTML) : "
                         "{why:said} ; importez plutôt la page que l'ancien site en construisait (enregistrée en "
                         ".html, ou sa branche construite avec --git --ref)",
    "import.data-shape/empty": "il ne contient rien",
    "import.data-shape/not-fields": "il ne contient aucun champ",
    "import.data-shape/no-title": "aucun titre (un champ `title:`) au-dessus de ses sections",
    "import.data-shape/no-sections": "aucune liste de sections (`sections:`, chacune avec un titre et un texte)",
    "import.data-shape/not-section": "une entrée de `{key}` sans titre ni texte en mots",
    "import.data-shape/too-deep": "des sections imbriquées sur plus de {most:number} niveaux",
    "import.data-shape/too-many": "plus de {most:number} valeurs : bien plus que celles d'une politique",
    "convert.data": "lu les champs du fichier de données dans le texte, dans leur ordre ({fields}) : son titre et "
                    "{count:plural:section|sections}",
    "convert.data-left": "omis le champ {key} du fichier de données (« {words} »), qu'aucun champ d'une politique ne "
                         "nomme : si la page le montrait, ajoutez-le au texte",
    "convert.md-includes": "inséré {count:plural:le fichier|les fichiers} que la page inclut, comme le générateur "
                           "de son site le faisait : {names}",
    "convert.md-include-contents": "omis l'inclusion {target}, une table des matières que le générateur de l'ancien "
                                      "site tirait des titres de la page elle-même (son code de gabarit, aucun mot du "
                                      "texte) : le site dessine la sienne",
    "convert.md-includes-missing": "omis {count:plural:fichier|fichiers} que la page inclut, dont les lecteurs "
                                   "lisaient les mots à cet endroit : {names} (absents de son dépôt) : vérifiez la "
                                   "page telle que les lecteurs la voyaient",
    "import.include-outside": "{name} : la ligne {line} de {page} inclut {target}, qui mène hors de son dépôt (par "
                              ".. ou par un lien symbolique) : non lu ; copiez dans la page les mots qu'il contient",
    "import.include-git": "{name} : la ligne {line} de {page} inclut {target}, un fichier du dossier propre à git "
                          "(.git/ : sa configuration, l'adresse d'un dépôt distant et son jeton), qui n'est pas une "
                          "partie de page : non lu ; copiez dans la page les mots qu'il doit contenir",
    "import.include-cycle": "{name} : la ligne {line} de {page} inclut {target}, qui l'inclut à son tour : écrivez "
                            "ces mots une seule fois",
    "import.include-deep": "{name} : la ligne {line} de {page} : des inclusions imbriquées sur plus de {most:number} "
                           "niveaux ({target}) : écrivez-les dans la page",
    "import.include-large": "{name} : la ligne {line} de {page} inclut {target}, plus grand qu'aucune partie de la "
                            "page d'une politique : non lu",
    "import.include-too-much": "{name} : la ligne {line} de {page} inclut {target}, et les inclusions de la page "
                               "écrivent plus de {files:number} fichiers ou {most:number} Mo (un fichier inclus "
                               "maintes fois dans des fichiers inclus maintes fois) : plus long qu'aucune page de "
                               "politique ; écrivez ces mots une seule fois",
    "convert.word-plain-title": "pris le premier paragraphe, « {words} », en gras ou en plus grands caractères "
                                "au-dessus de sections aux styles de titre de Word, pour le titre, comme le style "
                                "Titre de Word le ferait",
    "convert.image-file-name": "l'image {image} n'avait pour texte de remplacement que le nom de son fichier "
                               "(« {alt} »), écrit par l'éditeur qui l'a enregistrée, et non un mot du texte : retirée",
    # --- notes d'import d'une source Markdown (convert/markdown_source.py) -------------------------------------
    "convert.dated-heading-title": "le premier titre (« {heading} ») n'a sous lui que la ligne de date, au-dessus du "
                                   "texte, et aucun titre n'est le titre principal (#) : il le devient, comme "
                                   "l'ancien site l'affichait",
    "convert.indented-html-page": "l'élément <{tag}> qui forme toute la page, du HTML indenté (que le kramdown de "
                                  "Jekyll rend en HTML), a été converti comme une page HTML",
    "convert.in-it": "dans cet élément : {note:said}",
    "convert.obsidian-links": "{count:plural:lien|liens} entre les notes d'un coffre Obsidian ({links}) "
                              "{count:form:remplacé|remplacés} par les mots {count:form:qu'il affiche|qu'ils "
                              "affichent} (ce site n'a pas de telles notes : liez les pages dans une nouvelle version)",
    "convert.obsidian-embeds": "omis {count:plural:fichier inclus|fichiers inclus} depuis le coffre (![[…]]), que ce "
                               "site n'a pas",
    "convert.obsidian-block-ids": "omis {count:plural:identifiant de bloc|identifiants de bloc} (^…) en fin de ligne, "
                                  "qu'Obsidian n'affiche pas",
    "convert.front-matter-filled": "écrit {tag} avec les mots que l'ancien site y insérait, le champ {key} de son "
                                   "en-tête : {words:said}",
    "convert.front-matter-filled/filtered": "écrit {tag} avec les mots que l'ancien site y insérait, le champ {key} de "
                                            "son en-tête passé par ses filtres : {words:said}",
    "convert.unused-definition-note": "omis une note écrite comme une définition de lien qu'aucun lien n'utilise "
                                      "(« {words} »), qu'aucun lecteur n'a vue",
    "convert.kramdown-marker": "omis le marqueur kramdown {marker} (le texte qu'il marque est conservé)",
    "convert.pandoc-div": "un bloc Pandoc ou Quarto ({block}) retiré autour de son texte",
    "convert.pandoc-div/titled": "un bloc Pandoc ou Quarto ({block}) retiré autour de son texte, son titre en gras "
                                 "au-dessus",
    "convert.alert": "une alerte GitHub ou Obsidian ([!{kind}]) écrite avec son titre en gras en tête de son texte "
                     "cité",
    "convert.table-caption": "la légende d'un tableau (Pandoc) écrite comme un paragraphe de ses mots : {words:said}",
    "convert.template-link": "le lien vers {target} (une adresse que les modèles de l'ancien site inséraient, absente "
                             "du texte) : conservé son texte {words:said}, retiré sa cible",
    "convert.material-block/titled": "un bloc MkDocs Material ({block}) écrit avec son titre en gras au-dessus de son "
                                     "texte",
    "convert.material-block/untitled": "un bloc MkDocs Material ({block}) sans titre : son marqueur omis, son texte "
                                       "conservé",
    "convert.definition-term": "le terme d'une liste de définitions écrit en gras au-dessus de sa définition",
    "convert.kramdown-comment": "omis un commentaire kramdown ({words:said}), qu'aucun lecteur n'a vu",
    "convert.tab-title/docusaurus": "le titre d'un onglet (« {title} », <TabItem> de Docusaurus) conservé au-dessus de "
                                    "son texte : en gras, ou en titre là où il est numéroté comme une section",
    "convert.mdx-tab-tags": "omis les balises des onglets de Docusaurus (<Tabs>, </TabItem>, </Tabs>), qui "
                            "dessinaient la barre d'onglets : le texte de chaque onglet est conservé sous son titre",
    "convert.tab-title/gitbook": "le titre d'un onglet (« {title} », {{% tab %}} de GitBook) conservé au-dessus de son "
                                 "texte : en gras, ou en titre là où il est numéroté comme une section",
    "convert.tab-title/tag": "le titre d'une balise (« {title} », la balise Markdoc ou Liquid {{% {tag} %}}) conservé "
                             "au-dessus de son texte : en gras, ou en titre là où il est numéroté comme une section",
    "convert.template-tag-line": "omis une balise de modèle (écrite de même en Liquid, Jinja, Tera, Nunjucks ou "
                                 "Markdoc), que l'ancien site interprétait et qu'aucun lecteur n'a vue",
    "convert.liquid-tag": "omis une balise Liquid (de Jekyll, de GitBook), que l'ancien site interprétait et qu'aucun "
                          "lecteur n'a vue",
    "convert.kramdown-abbreviation": "omis une abréviation kramdown, que l'ancien site interprétait et qu'aucun "
                                     "lecteur n'a vue",
    "convert.review-change": "une modification d'un relecteur tenue pour acceptée (CriticMarkup) : {old:said} remplacé "
                             "par {new:said}",
    "convert.review-addition": "un ajout d'un relecteur tenu pour accepté (CriticMarkup) : {words:said} conservé",
    "convert.review-deletion": "une suppression d'un relecteur tenue pour acceptée (CriticMarkup) : {words:said} omis",
    "convert.review-highlight": "le surlignage d'un relecteur (CriticMarkup) retiré autour de ses mots, {words:said}",
    "convert.review-comment": "omis un commentaire d'un relecteur (CriticMarkup) : {words:said}",
    "convert.comment/liquid": "omis un commentaire Liquid ({{% comment %}} … {{% endcomment %}}), que le site n'a "
                              "jamais affiché : {words:said}",
    "convert.comment/mdx": "omis un commentaire MDX ({{/* … */}}), que le site n'a jamais affiché : {words:said}",
    "convert.comment/obsidian": "omis un commentaire Obsidian (%%…%%), que son mode lecture masque : {words:said}",
    "convert.inline-footnote": "une note en ligne (Pandoc ^[…]) écrite entre parenthèses à la place de son appel : "
                               "{words:said}",
    "convert.fence-word": "omis le mot qui suit l'ouverture {fence} d'un bloc de code ({word}) : le site affiche les "
                          "blocs de code sans lui",
    "convert.marked-text": "du texte surligné (==mots==) écrit comme ses seuls mots",
    "convert.grid-table": "un tableau en grille (Pandoc) écrit comme un tableau de {count:plural:ligne|lignes}",
    "convert.grid-table/spanned": "un tableau en grille (Pandoc) dont des cellules s'étendent sur plusieurs lignes ou "
                                  "colonnes est conservé tel quel : réécrivez-le en tableau de lignes et de colonnes, "
                                  "sinon la page en affiche les traits",
    "convert.line-block": "un bloc de lignes (Pandoc : {count:plural:ligne commençant|lignes commençant chacune} par "
                          "« | », une adresse peut-être) écrit en lignes terminées par un saut de ligne",
    "convert.bracketed-span": "un passage entre crochets (Pandoc) écrit comme ses mots, ses attributs {attributes} "
                              "omis : {words:said}",
    "convert.asciidoc-titles": "{count:plural:ligne écrite|lignes écrites} comme des titres de section AsciiDoc "
                               "({shown}) lues comme les titres qu'AsciiDoc affichait : « = » le titre, « == » une "
                               "section, « === » une sous-section ; ses autres marques restent telles quelles "
                               "(vérifiez listes et liens)",
    "convert.asciidoc-attributes": "omis {count:plural:entrée d'attribut|entrées d'attributs} de l'en-tête du "
                                   "document AsciiDoc ({shown}), qu'il n'affichait jamais",
    "convert.hugo-figure": "conservé les mots sous une figure Hugo, {words}, que les lecteurs lisaient sous son "
                           "image ; l'image, {image}, n'est pas reprise : ajoutez-la au texte si les lecteurs en ont "
                           "besoin",
    "convert.hugo-figure/bare": "omis une figure Hugo, son image {image}, sans mots sous elle : ajoutez-la au texte "
                                "si les lecteurs en ont besoin",
    "convert.hugo-shortcode": "omis un shortcode Hugo, {shortcode}, que l'ancien site interprétait (le texte compris "
                              "entre deux d'entre eux est conservé)",
    "convert.hugo-shortcode/titled": "omis un shortcode Hugo, {shortcode}, que l'ancien site interprétait (le texte "
                                     "compris entre deux d'entre eux est conservé, son titre en gras au-dessus)",
    "convert.mdx-line": "omis une ligne MDX, {line}, que l'ancien site exécutait",
    "convert.mdx-export": "omis un export MDX sur {count:plural:ligne|lignes}, {statement}, que l'ancien site "
                          "exécutait",
    "convert.mdx-import": "omis un import MDX sur {count:plural:ligne|lignes}, {statement}, que l'ancien site "
                          "exécutait",
    "convert.mdx-component": "omis les balises d'un composant MDX (<{name}> … </{name}>), que l'ancien site "
                             "dessinait : son texte est conservé, lu comme du Markdown, comme MDX le lisait",
    "convert.mdx-component/titled": "omis les balises d'un composant MDX (<{name}> … </{name}>), que l'ancien site "
                                    "dessinait : son titre (« {title} ») conservé en gras au-dessus de son texte (en "
                                    "titre là où il est numéroté comme une section), son texte lu comme du Markdown, "
                                    "comme MDX le lisait",
    "convert.component-words": "les mots d'un composant (<{name} {attribute}=…/>) conservés en gras au-dessus de son "
                               "texte, comme l'ancien site les affichait",
    "convert.admonition-marker": "omis le marqueur d'encadré {marker} (Docusaurus, VitePress) ; son texte est conservé",
    "convert.admonition-marker/titled": "omis le marqueur d'encadré {marker} (Docusaurus, VitePress) ; son texte est "
                                        "conservé, son titre en gras au-dessus",
    # --- notes d'import des listes, du texte principal d'une page, de ses titres et de la mise en forme Markdown ---
    "convert.one-item-lists": "{count:number} listes à puces d'un seul élément chacune, l'une après l'autre (comme "
                              "l'export de Notion écrit chaque puce), réunies en une seule liste : séparées, chaque "
                              "élément était un paragraphe à lui seul",
    "convert.lifted-items": "{count:plural:élément de liste|éléments de liste} sans mots, ne contenant qu'une liste "
                            "plus profonde (une liste Word commençant au niveau 2 ou 3, indentée par tabulation) : la "
                            "liste plus profonde a pris sa place (le Markdown n'a pas d'élément sans mots)",
    "convert.word-list-paragraphs": "{count:plural:paragraphe|paragraphes} de listes enregistrées par Word en page web "
                                    "{count:form:est devenu un élément|sont devenus des éléments} de liste : une puce "
                                    "que Word dessinait dans une police de symboles est devenue « - », toute autre "
                                    "étiquette (a), 1.1.) a été conservée en tête de son élément{numbered:said}",
    "convert.word-typed-bullets": "{count:plural:paragraphe commençant|paragraphes commençant} par une puce tapée "
                                  "à la main (« • » et une tabulation, un symbole, « - » à côté d'un autre) sans "
                                  "numérotation Word {count:form:est devenu un élément|sont devenus des éléments} de "
                                  "liste, {count:form:imbriqué|imbriqués} selon {count:form:son|leur} retrait, la "
                                  "puce laissée au « - » "
                                  "du Markdown",
    "convert.word-list-paragraphs/numbered": " ; {count:plural:liste numérotée|listes numérotées} 1., 2. "
                                             "{count:form:est devenue une liste numérotée|sont devenues des listes "
                                             "numérotées}, à partir du premier numéro de Word",
    "convert.google-lists": "listes Google Docs : {nested:plural:niveau|niveaux} de nouveau "
                            "{nested:form:imbriqué|imbriqués} dans l'élément qui les précède, "
                            "{joined:plural:liste jointe|listes jointes} à la précédente (l'export écrit chaque niveau "
                            "comme une liste distincte)",
    "convert.google-labelled": "{count:plural:liste|listes} Google Docs {count:form:lettrée ou numérotée|lettrées ou "
                               "numérotées} autrement que 1., 2. : chaque élément garde son étiquette en tête de son "
                               "texte",
    "convert.lists-continued": "{count:plural:liste numérotée|listes numérotées} {count:form:poursuit|poursuivent} la "
                               "liste précédente (du texte entre ses éléments) : chacune commence au numéro de Word",
    "convert.lists-numbered-on": "{count:plural:liste numérotée|listes numérotées} juste après une autre liste ou "
                                 "{count:form:numérotée|numérotées} par ses éléments (value=) ou à rebours "
                                 "(reversed) : chaque élément garde son numéro en tête de son texte (le Markdown "
                                 "poursuivrait la numérotation de la liste précédente)",
    "convert.lists-labelled": "{count:plural:liste lettrée|listes lettrées}, en chiffres romains ou "
                              "{count:form:numérotée|numérotées} autrement que 1., 2. (y compris dans la numération "
                              "d'une autre écriture : ①, 가., イ、, α.) : chaque élément garde son étiquette en tête "
                              "de son texte (le Markdown ne numérote les listes que 1., 2.)",
    "convert.lists-undrawn": "{count:plural:liste comptée|listes comptées} dans un style que l'import ne sait pas "
                             "dessiner (chiffres arméniens, géorgiens, chinois ou japonais formels) : "
                             "{count:form:numérotée|numérotées} 1., 2. ; écrivez les étiquettes que la page affichait",
    "convert.cell-lists": "{count:plural:cellule|cellules} de tableau {count:form:contenait|contenaient} une liste : "
                          "chaque élément est une ligne de sa cellule, commençant par son « - » ou son numéro (une "
                          "cellule de tableau Markdown ne contient pas de liste)",
    "convert.isolated": "{count:plural:passage|passages} que la page isole dans le sens d'écriture contraire à celui "
                        "de son texte (dir=, <bdi> : {passages:each:, }) {count:form:maintenu|maintenus} à part par "
                        "les isolats de direction d'Unicode, pour s'afficher comme sur la page",
    "convert.shadow-roots": "lu {count:plural:élément|éléments} "
                            "{count:form:tel que le dessine sa|tels que les dessine leur} racine fantôme (<template "
                            "shadowrootmode>) : un navigateur affiche à {count:form:sa|leur} place le contenu du "
                            "modèle, et {count:form:ses|leurs} propres enfants seulement là où il "
                            "{count:form:lui|leur} réserve un emplacement (slot)",
    "convert.css-line-breaks": "les sauts de ligne que le CSS de la page conserve (white-space: pre-wrap, pre-line) "
                               "dans {count:plural:élément|éléments} sont des sauts de ligne du texte, comme la page "
                               "les affichait",
    "convert.css-content": "écrit {count:plural:passage|passages} de mots que le style de la page dessinait avant ou "
                           "après ses éléments (CSS content), "
                           "{count:form:tel qu'un lecteur le voyait|tels qu'un lecteur les voyait} : "
                           "{passages:each:, }{more}",
    "convert.overridden": "écrit {count:plural:passage|passages} que la page dessinait de droite à gauche en forçant "
                          "{count:form:sa|leur} direction (<bdo dir=\"rtl\">, unicode-bidi: bidi-override) "
                          "{count:form:tel qu'un lecteur le voyait|tels qu'un lecteur les voyait} : {passages:each:, }",
    "convert.overridden/kept": "conservé {count:plural:passage|passages} que la page dessinait dans un autre ordre que "
                               "celui de l'écriture (une direction forcée autour de mots et d'éléments) : "
                               "{passages:each:, } ; écrivez-{count:form:le|les} comme la page "
                               "{count:form:l'affichait|les affichait}",
    "convert.drop-down-labels": "omis l'étiquette de {count:plural:liste déroulante|listes déroulantes} "
                                "({labels:each:, }), qui accompagne ses options",
    "convert.chrome-by-class": "la page ne marque l'en-tête, la navigation, le fil d'Ariane et le pied de page de son "
                               "site que par leur classe ou leur id (`<div id=\"footer\">`, comme les pages "
                               "construites sans les éléments de HTML5) : omis ({words:said})",
    "convert.layout-table": "la page est mise en forme dans un tableau, son texte dans une cellule : omis les cellules "
                            "qui l'entourent, le logo, la navigation et le pied de page du site ({words:said})",
    "convert.side-by-side": "le texte de la page est réparti dans {count:number} éléments <{tag}> côte à côte : tous "
                            "conservés",
    "convert.other-main": "omis un autre élément <{tag}> de la page, à côté de celui conservé ({words:said}) : s'il "
                          "contient le texte de la politique, importez-le à partir d'une copie ne contenant que la "
                          "politique",
    "convert.article-structure": "lu la partie de la page qui contient le texte (son <article>, ou le corps d'une "
                                 "politique générée) comme le texte : ses sections sont les siennes (lignes numérotées "
                                 "en gras, titres d'un générateur), et les titres autour d'elle dans le contenu "
                                 "principal sont ceux du gabarit ({words:said}), laissés de côté",
    "convert.form-beside-article": "omis un formulaire à remplir à côté de l'élément <article> de la page qui "
                                   "contient le texte ({words:said}) : un formulaire d'inscription ou de contact du "
                                   "site, pas le texte de la politique",
    "convert.post-chrome": "retiré ce qu'un blog, un CMS ou un centre d'aide ajoute autour du texte d'une page dans "
                           "son contenu principal : boutons de partage, lien de modification, commentaires, pied de "
                           "l'article, son auteur et ses votes, listes d'autres pages, liens vers la page dans "
                           "d'autres langues, fil d'Ariane",
    "convert.lists-between-items": "{count:plural:liste écrite|listes écrites} entre les éléments d'une autre (un "
                                   "niveau plus profond, comme l'écrivent le texte copié et d'anciens éditeurs) "
                                   "{count:form:imbriquée|imbriquées} dans l'élément qui {count:form:la|les} "
                                   "précède, comme l'affiche un navigateur",
    "convert.top/word": "en Titre 1",
    "convert.top/style": "au style « {name} »",
    "convert.top/word-title": "au style Titre de Word",
    "convert.top-sections": "les sections du texte sont {top:said}, comme son titre : {count:plural:titre "
                            "descend|titres descendent} d'un niveau, chaque section devenant une section (##)",
    "convert.plain-line-title": "la première ligne du texte, « {words} », un paragraphe au-dessus de ses "
                                "{count:number} sections {top:said}, est devenue son titre",
    "convert.top-sections/untitled": "les sections du texte sont {top:said}, comme le serait son titre (il n'en a "
                                     "pas) : {count:plural:titre descend|titres descendent} d'un niveau, chaque "
                                     "section devenant une section (##)",
    "convert.question-terms": "{count:plural:terme numéroté|termes numérotés} d'une liste de questions et réponses "
                              "(<dl>) {count:form:est devenu un titre|sont devenus des titres} de section au-dessus "
                              "de {count:form:sa réponse|leurs réponses}",
    "convert.generated-headings": "{count:plural:titre|titres} d'une politique générée (data-custom-class), le titre "
                                  "principal compris, {count:form:est devenu|sont devenus} son titre et ses titres de "
                                  "section",
    "convert.generated-headings/titled": "{count:plural:titre|titres} d'une politique générée (data-custom-class) sous "
                                         "le titre propre de la page (<h1>) {count:form:est devenu|sont devenus} ses "
                                         "titres de section ; le titre reste celui de la page",
    "convert.layout-definitions": "une ligne vide écrite avant les définitions de liens placées juste sous un "
                                  "paragraphe (le Markdown du site les y lit comme des définitions, CommonMark comme "
                                  "du texte du paragraphe) : tous deux les lisent comme des définitions, le texte "
                                  "inchangé",
    "convert.layout-labels": "une liste numérotée 1), 2) garde ses étiquettes (comme celle numérotée à partir de 0), "
                             "écrites en tête de chaque élément (le Markdown du site ne numérote les listes que 1., "
                             "2.)",
    "convert.lettered-lines": "{count:plural:ligne numérotée|lignes numérotées} par des lettres comme les éléments "
                              "d'une liste dans un paragraphe ou un élément (a., b., i. : Markdown n'a pas de listes à "
                              "lettres, la page les lisait comme les mots du paragraphe) {count:form:écrite|écrites} "
                              "en liste, imbriquée selon le retrait, chaque élément gardant son repère au début de son "
                              "texte ; {count:form:vérifiez-la|vérifiez-les}",
    "convert.layout-lists": "listes et tableaux mis en forme comme le Markdown du site les lit (4 espaces par niveau, "
                            "une ligne vide avant eux) : le texte est inchangé",
    "convert.layout-alignment": "l'alignement des colonnes du tableau (:---) a été abandonné : le Markdown du site "
                                "l'écrit comme un style en ligne, que le site refuse",
    # --- notes d'import du texte importé (importer.py) --------------------------------------------------------------
    "import.lang-attribute": "la page se dit écrite en {said:language} (son attribut lang, « {page} ») et est importée "
                             "comme texte en {lang:language} : si c'est le texte en {said:language}, importez-la avec "
                             "--lang {said}, et à sa place le fichier en {lang:language} de ce texte",
    "import.stated-either": "son texte indique « {sentence} » sous son titre : {days:or} (jour ou mois en premier : "
                            "ses chiffres ne permettent pas de trancher), et non le {date:date}, jour que donne son "
                            "nom : si le texte est entré en vigueur l'un de ces jours, nommez le fichier {names:or} et "
                            "importez de nouveau l'archive dans un nouveau site",
    "import.stated-otherwise/title": "son texte indique « {sentence} » sous son titre, un autre jour que le {date}, "
                                     "jour que donne son nom (le jour où la page a été enregistrée ou capturée, sans "
                                     "doute) : la page affiche les deux dates ; si le texte est entré en vigueur ce "
                                     "jour-là, nommez le fichier {name} et importez de nouveau l'archive dans un "
                                     "nouveau site",
    "import.stated-otherwise/ending": "son texte indique « {sentence} » dans ses dernières lignes, un autre jour que "
                                      "le {date}, jour que donne son nom (le jour où la page a été enregistrée ou "
                                      "capturée, sans doute) : la page affiche les deux dates ; si le texte est entré "
                                      "en vigueur ce jour-là, nommez le fichier {name} et importez de nouveau "
                                      "l'archive dans un nouveau site",
    "import.stated-otherwise/front-matter": "son en-tête indique `{said}`, un autre jour que le {date:date}, jour que "
                                            "donne son nom, qui le date : si le texte est entré en vigueur ce jour-là, "
                                            "nommez le fichier {name} et importez de nouveau l'archive dans un nouveau "
                                            "site",
    "import.stated-otherwise/margin": "son texte indique « {sentence} » dans son en-tête ou son pied de page, un autre "
                                      "jour que le {date}, jour que donne son nom (le jour où le fichier a été "
                                      "enregistré, sans doute) : le site n'affiche que la date de son nom, une page "
                                      "web n'ayant pas d'en-tête de page ; si le texte est entré en vigueur ce "
                                      "jour-là, nommez le fichier {name} et importez de nouveau l'archive dans un "
                                      "nouveau site",
    "import.other-part": "omis la partie intitulée « {title} » (ligne {line} du fichier importé, "
                         "{count:plural:ligne|lignes}) : le texte du document {document} : importez ce fichier avec "
                         "--document {document} pour l'obtenir",
    "import.other-part/converted": "omis la partie intitulée « {title} » ({count:plural:ligne|lignes} de son texte "
                                   "converti en Markdown) : le texte du document {document} : importez ce fichier avec "
                                   "--document {document} pour l'obtenir",
    "import.controls": "retiré des caractères de contrôle (saut de page, échappement …), qu'aucun lecteur ne voit",
    "import.invisibles/run": "retiré des caractères qui ne dessinent rien, en une suite dont aucune écriture n'a "
                             "besoin (espaces sans chasse, caractères d'étiquette …), qu'aucun lecteur ne voit",
    "import.invisibles": "retiré des caractères qui ne dessinent rien là où aucune écriture n'en a besoin (espaces "
                         "sans chasse, sélecteurs de variante après des lettres), qu'aucun lecteur ne voit",
    "import.overrides/written": "écrit les mots que le texte dessinait de droite à gauche en forçant leur direction "
                                "(U+202E) tels qu'un lecteur les voyait : {passages:each:, }",
    "import.overrides": "retiré des forçages de direction (U+202D, U+202E), que le site refuse, en gardant leurs mots "
                        "tels qu'écrits : {passages:each:, } ; vérifiez qu'ils se lisent comme l'ancienne page les "
                        "affichait",
    "import.direction-marks": "retiré des marques de direction placées entre des chiffres, ou sans mot de droite à "
                              "gauche à côté d'elles (un nombre ou des mots copiés d'une page de droite à gauche), ou "
                              "disposant de gauche à droite une liste de nombres dans un texte de droite à gauche, "
                              "que le site refuse : elles peuvent afficher dans un autre ordre les caractères qui les "
                              "entourent",
    "import.isolated": "{count:plural:numéro ou adresse isolé|numéros et adresses isolés} pour {count:form:qu'il se "
                       "lise|qu'ils se lisent} de gauche à droite (entre U+2066 et U+2069, que le site garde) : sans "
                       "eux, ce texte de droite à gauche affichait {count:form:ses|leurs} caractères dans un autre "
                       "ordre (editorial.bidi)",
    "import.old-site-link": "le lien vers {target}, une autre page du site où le texte était publié : conservé (ce "
                            "site n'a pas cette page) ; le lecteur qui le suit quitte le texte",
    "import.own-page-anchor": "un lien vers {address} et l'ancre d'une section, la propre page de ce texte sur "
                              "l'ancien site (la page la donne pour sa propre adresse, ou elle nomme le texte, ou "
                              "le texte n'y renvoie qu'à ses propres sections) : un lien interne à la page, vers "
                              "cette section",
    "import.own-link/anchor": "le lien vers {target}, la propre adresse de ce texte sur l'ancien site (son en-tête la "
                              "mentionne), est un lien interne à la page : #{fragment}",
    "import.own-link/page": "le lien vers {target}, la propre adresse de ce texte sur l'ancien site (son en-tête la "
                            "mentionne), mène à la page où se trouve le lecteur : conservé son texte, retiré sa cible",
    "import.autotitle": "« AUTOTITLE » (GitHub Docs y écrit, au rendu, le titre de la page vers laquelle il pointe) "
                        "est devenu « {title} », le titre du texte lui-même",
    "import.other-document-link": "le lien vers {target}, l'adresse du document {document} sur l'ancien site, mène à "
                                  "sa page",
    "import.unlinked/empty": "un lien sans adresse (`[mots]()`, `[mots](<>)`) : conservé son texte",
    "import.unlinked/page": "le lien vers {target} (une page ou un fichier du site où il était publié, et non de "
                            "celui-ci) : conservé son texte, retiré sa cible",
    "import.unlinked/section": "le lien vers {target} : {reason:said} ; conservé son texte, retiré sa cible "
                               "(vérifiez-le sur l'ancienne page)",
    "import.unlinked/anchor": "le lien vers {target} (qu'aucun titre de la page ne porte) : conservé son texte, retiré "
                              "sa cible",
    "import.link-to-section/page": "le lien vers {target} (une page ou un fichier du site où il était publié, et non "
                                   "de celui-ci) mène à la section que nomment ses mots, {title:said} (#{id})",
    "import.link-to-section/line": "le lien vers {target} (qu'aucun titre de la page ne porte) mène à la section qui "
                                   "contient la ligne en gras que nomment ses mots, {title:said} (#{id})",
    "import.link-to-top": "le lien vers {target} (qu'aucun titre de la page ne porte) mène en haut de la page "
                          "(#top) : la ligne en gras que nomment ses mots, {line:said}, s'y trouve, avant la première "
                          "section",
    "import.link-to-section/anchor": "le lien vers {target} (qu'aucun titre de la page ne porte) mène à la section que "
                                     "nomment ses mots, {title:said} (#{id})",
    # --- la parole d'un manifeste vérifiée sur les fichiers de la version (provenance.py, publish_refusals.py) ------
    "provenance.forged/gone": "{version} ({lang}) : son relevé de publication désigne le texte de {commit} (empreinte "
                              "{sha256}…), et {path}, publié avec elle, n'est plus sur la branche",
    "provenance.forged/edited": "{version} ({lang}) : son relevé de publication désigne le texte de {commit} "
                                "(empreinte {sha256}…), et {path}, publié avec elle, n'est pas le fichier qu'il "
                                "enregistre (modifié sur la branche) : on ne peut plus dire quel texte la version "
                                "contient",
    "provenance.forged/unsaid": "{version} ({lang}) : son relevé de publication désigne le texte de {commit} "
                                "(empreinte {sha256}…), et {path}, publié avec elle, ne dit pas à partir de quel texte "
                                "il a été construit",
    "provenance.forged/other": "{version} ({lang}) : son relevé de publication désigne le texte de {commit} (empreinte "
                               "{sha256}…), mais {path}, publié avec elle, a été construit à partir d'un autre texte "
                               "(empreinte {built}…)",
    "provenance.forged/words": "{version} ({lang}) : son relevé de publication désigne le texte de {commit} (empreinte "
                               "{sha256}…), mais les mots de {path}, publié avec elle, sont ceux d'un autre texte",
    "provenance.aliases/gone": "{version} ({lang}) : les alias que son relevé de publication enregistre pour la "
                               "version suivante ne peuvent être vérifiés sur sa page : {path} n'est plus sur la "
                               "branche",
    "provenance.aliases/edited": "{version} ({lang}) : les alias que son relevé de publication enregistre pour la "
                                 "version suivante ne peuvent être vérifiés sur sa page : {path} n'est pas le fichier "
                                 "que le relevé de publication enregistre (modifié sur la branche)",
    "provenance.aliases/recorded": "{version} ({lang}) : les alias que son relevé de publication enregistre pour la "
                                   "version suivante ne sont pas ceux de {path}, publié avec elle ({ids} enregistrés, "
                                   "absents de la page)",
    "provenance.aliases/shown": "{version} ({lang}) : les alias que son relevé de publication enregistre pour la "
                                "version suivante ne sont pas ceux de {path}, publié avec elle ({ids} sur la page, non "
                                "enregistrés)",
    "provenance.pdf-replaced": "{path} : remplacé sur {branch} en même temps que l'empreinte de son relevé de "
                               "publication (le relevé de publication ajouté par {commit} enregistrait une autre "
                               "empreinte pour la même impression, et une même impression donne les mêmes octets) : "
                               "imprimé de nouveau, non repris",
    "provenance.links-edited": "{version} : ses liens vers les autres documents du site ont été modifiés sur {branch} "
                               "depuis que {commit} a ajouté son relevé de publication ({links}) : reconstruite avec "
                               "ceux avec lesquels elle a été publiée",
    "provenance.summary/previous": "{version} ({lang}) : le résumé de ses modifications que son relevé de publication "
                                   "enregistre pour la page d'historique et le flux la compare avec {previous}, qui "
                                   "n'est pas une version publiée avant elle",
    "provenance.summary": "{version} ({lang}) : le résumé de ses modifications que son relevé de publication "
                          "enregistre pour la page d'historique et le flux ({difference:said}) n'est pas celui que "
                          "donnent ses textes",
    "provenance.difference": "{key} : {recorded} enregistré, {expected} d'après les textes",
    "provenance.difference/fields": "ses champs",
    "publish.forged": "{problems:each: ; } : {count:form:le relevé de publication|les relevés de publication} de "
                      "{versions} {count:form:a été modifié|ont été modifiés} sur {branch}, et la publication ne s'en "
                      "remet jamais à la branche pour savoir ce qui a été publié ; {count:form:rétablissez-le tel que "
                      "la publication l'a écrit|rétablissez-les tels que la publication les a écrits} (`git log "
                      "{branch} -- {directory}/` montre la modification ; `policy verify` nomme ce qui a changé "
                      "d'autre). Rien n'a été publié.",
    "publish.summary-edited": "{problems:each: ; } : {count:form:le relevé de publication|les relevés de publication} "
                              "de {versions} {count:form:a été modifié|ont été modifiés} sur {branch}, et la page "
                              "d'historique et le flux ne publient aucun résumé que {count:form:ses|leurs} textes ne "
                              "donnent pas ; {count:form:rétablissez-le tel que la publication l'a "
                              "écrit|rétablissez-les tels que la publication les a écrits} (`git log {branch} -- "
                              "{directory}/` montre la modification), ou reconstruisez l'archive à partir des textes "
                              "(`policy history --rebuild`). Rien n'a été publié.",
    # --- les refus propres aux commandes et l'import de l'historique git d'un ancien site -------------------------
    "cli.no-folder": "le dossier courant n'existe plus (supprimé ou déplacé depuis que le terminal y est entré) : "
                     "placez-vous dans le dossier du site (cd), ou indiquez-le avec --root",
    "publish.archive-unsafe": "les pages d'historique, de comparaison et de flux en {code:language} ne passent pas la "
                              "vérification de sortie : {violations:each: ; }",
    "import.submodule-unfetched": "{link}/{path} : le commit {commit} de {where} fixe le commit {pinned} du "
                                  "sous-module, que {link} ne contient pas : récupérez-le (git -C {where} submodule "
                                  "update --init {link}), puis importez (rien n'a été importé)",
    "import.git-same-text": "de nouveau le même texte que celui de {shown} : pas de nouvelle version",
    "import.git-same-text/rebuilt": "le même texte que celui de {shown}, les autres octets de son fichier ayant changé "
                                    "(une reconstruction de la page, son balisage) : pas de nouvelle version",
    "import.git-file-link": "le fichier devenu un lien symbolique vers {target}, sans texte propre : l'ancien site a "
                            "montré le texte de ce fichier, ou aucun, à partir de ce jour jusqu'à ce qu'un commit "
                            "ultérieur rétablisse un texte, le cas échéant ; l'archive montre le texte précédent en "
                            "vigueur pendant ces jours : si le site montrait le texte du lien, importez aussi "
                            "l'historique de ce fichier (`--git` avec les deux)",
    "import.git-file-submodule": "le fichier devenu un sous-module, sans texte propre : l'archive montre le texte "
                                 "précédent en vigueur jusqu'à ce qu'un commit ultérieur rétablisse un texte, le cas "
                                 "échéant",
    "import.git-file-link/first": "le fichier un lien symbolique vers {target} dès son premier commit, sans texte "
                                  "propre : l'archive commence au texte suivant ; si l'ancien site montrait le texte "
                                  "du lien, importez aussi l'historique de ce fichier (`--git` avec les deux)",
    "import.git-file-submodule/first": "le fichier un sous-module dès son premier commit, sans texte propre : "
                                       "l'archive commence au texte suivant",
    "import.git-file-removed": "le fichier supprimé : l'ancien site n'a montré aucun texte à partir de ce jour "
                               "jusqu'à ce qu'un commit ultérieur en rétablisse un, le cas échéant ; l'archive n'a pas "
                               "de version sans texte, elle montre donc le texte précédent en vigueur pendant ces "
                               "jours",
    "import.git-front-matter-alone": "son seul en-tête, sans texte propre (une page pas encore écrite, ou l'espace "
                                     "réservé d'une traduction, que l'ancien site a pu remplir avec le texte d'une "
                                     "autre langue) : omis",
    "import.git-title-alone": "son titre seul, sans texte (une page pas encore écrite) : omis",
    "import.git-empty": "vide, sans texte : omis",
    "import.git-draft": "son en-tête en fait un brouillon (`draft: true`, `published: false`), que l'ancien site n'a "
                        "pas publié : omis",
    "import.git-rewritten": "{name} : ses {count:number} commits sont tous datés du {day:date}, les dates de leurs "
                            "auteurs allant du {earliest:date} au {latest:date} : l'historique de la branche a été "
                            "réécrit ce jour-là (git rebase --root, filter-branch), et ses commits ne disent pas quand "
                            "chaque texte a été mis en ligne sur l'ancien site : le dernier est importé à partir de ce "
                            "jour ; importez les précédents comme des fichiers nommés d'après les jours où l'ancien "
                            "site les a montrés (ses pages dans la Wayback Machine), s'il l'a fait",
    "import.git-merged-history": "{name} : ajouté au commit {commit} (commité le {day:date}) par la fusion d'un "
                                 "historique distinct (« {subject} »), dont la branche le contenait auparavant : ses "
                                 "textes y sont lus aussi, chacun à partir du jour où il y a été commité",
    "import.git-translation-removed": "{name} : supprimé au commit {commit} (commité le {day:date}) : l'ancien site "
                                      "n'a plus montré ce texte à partir de ce jour ; son dernier texte, du "
                                      "{last:date}, reste la page en {lang:language} de ce site pour toutes les "
                                      "versions suivantes (une version, une fois traduite, est ensuite publiée dans "
                                      "toutes les langues), jusqu'à ce qu'un texte en {lang:language} ultérieur soit "
                                      "commité : traduisez la version en vigueur dans une nouvelle version",
    "import.git-submodule": "{name} : dans {submodule}, un sous-module de {top} : ses textes sont ceux que les commits "
                            "de {top} ont fixés, chacun à partir du jour où il l'a été (les propres commits du "
                            "sous-module, de jours où l'ancien site ne les montrait pas, ne sont pas lus ; si l'ancien "
                            "site était construit à partir de {submodule} lui-même, importez à partir d'un clone "
                            "distinct : git clone {clone} …)",
    # --- ce que les fichiers propres d'un dossier de thème (images, feuilles de style, modèles) ne peuvent pas faire
    # --- (config_rules, image_rules, css_rules) : chaque raison dit ce qu'est ou fait le fichier, après son nom ----
    "config.theme-file": "theme.custom_dir : {file} {why:said}",
    "theme-file.link": "est un lien symbolique : le dossier du thème contient les fichiers propres au projet, tels que "
                       "git les enregistre",
    "theme-file.icon": "est une icône propre au projet : Material inclut ses icônes dans chaque page comme des modèles "
                       "(leurs mots et leur balisage non vérifiés) ; le site utilise les icônes du thème",
    "theme-file.script": "est un script propre au projet, et non celui du générateur : servi par le site, il "
                         "s'exécuterait comme le sien (un modèle personnalisé pourrait le charger) : supprimez-le "
                         "(`policy upgrade` supprime les scripts et les modèles que ce générateur n'a pas : ceux d'un "
                         "générateur antérieur)",
    "theme-file.script/stale": "est un script propre au projet, et non celui du générateur tel que ce générateur l'a "
                               "(une copie d'un générateur antérieur ?) : servi par le site, il s'exécuterait comme le "
                               "sien : `policy upgrade` le remplace par celui de ce générateur",
    "theme-file.kind": "est un fichier d'un type ({kind}) que le site servirait sans vérification (un script, un "
                       "document dans lequel un navigateur exécute des scripts, du code) : un dossier de thème "
                       "contient des modèles, des feuilles de style, des images et des polices",
    "theme-file.kind/none": "est un fichier d'un type (sans extension) que le site servirait sans vérification (un "
                            "script, un document dans lequel un navigateur exécute des scripts, du code) : un dossier "
                            "de thème contient des modèles, des feuilles de style, des images et des polices",
    "theme-file.not-image": "n'est pas l'image {kind} qu'annonce son nom (ses premiers octets sont ceux d'un autre "
                            "type) : un navigateur pourrait la lire comme un document ou une feuille de style",
    "theme-file.not-font": "n'est pas la police {kind} qu'annonce son nom (ses premiers octets sont ceux d'un autre "
                           "type) : un navigateur pourrait la lire comme un document, exécuté sur l'origine du site",
    "theme-file.print-template": "est un modèle d'impression propre au projet : il écrit les mots du PDF, qu'aucune "
                                 "vérification ne lit (et pourrait télécharger des paquets Typst) : les PDF "
                                 "s'impriment avec celui du générateur",
    "theme-file.strings": "n'est pas le fichier de textes du thème que `policy init` écrit pour sa langue : ses mots "
                          "(le lien d'évitement, le champ de recherche, le libellé du sélecteur de version) "
                          "figureraient sur chaque page, sans vérification ; réécrivez-le avec celui de `policy "
                          "init`, ou supprimez-le",
    "theme-file.template": "est un modèle propre au projet : il écrit autour du texte vérifié des mots (l'avis d'une "
                           "version, l'historique, la page racine, un pied de page) qu'aucune vérification ne lit : le "
                           "site s'affiche avec les modèles du générateur ; supprimez-le (`policy upgrade` supprime "
                           "les scripts et les modèles que ce générateur n'a pas : ceux d'un générateur antérieur)",
    "theme-file.template/stale": "est un modèle propre au projet, et non celui du générateur tel que ce générateur l'a "
                                 "(une copie d'un générateur antérieur ?) : il écrit autour du texte vérifié des mots "
                                 "qu'aucune vérification ne lit : `policy upgrade` le remplace par celui de ce "
                                 "générateur",
    "theme-file.not-utf8": "n'est pas en UTF-8 (octet {byte}) : les navigateurs lisent une feuille de style en UTF-8 ; "
                           "enregistrez-la en UTF-8",
    "image.xml/utf16": "est en UTF-16 ou UTF-32 sans indicateur d'ordre des octets : enregistrez-le en UTF-8",
    "image.xml/dtd": "déclare une DTD ou des entités : une image SVG n'en a pas besoin",
    "image.xml/instruction": "contient une instruction de traitement (<?xml-stylesheet …?>) : un navigateur chargerait "
                             "et exécuterait ce qu'elle désigne",
    "image.svg/ill-formed": "{error:said}, tel que le lirait un navigateur qui l'ouvre",
    "image.svg/root": "n'est pas une image SVG : sa racine est <{tag}>, et non <svg> dans l'espace de noms SVG "
                      "({namespace})",
    "image.svg/foreign": "contient <{tag}>, hors de l'espace de noms SVG : une image propre au projet ne dessine que "
                         "des formes et du texte (enregistrez-la en SVG simple)",
    "image.svg/active": "contient un élément <{name}> : une image propre au projet ne dessine que des formes et du "
                        "texte",
    "image.svg/attribute": "a {attribute}=\"{value}\" : une image propre au projet n'exécute, ne charge et ne lie rien",
    "image.metadata": "porte ce que le logiciel de son auteur y a écrit ({items:each:, }) : des noms, des lieux ou des "
                      "chemins de fichiers, publiés avec l'image ; enregistrez-la de nouveau sans ses métadonnées (un "
                      "export pour le web)",
    "image.private/export-path": "son chemin d'export",
    "image.private/document-path": "le chemin de son document",
    "image.private/creator": "son créateur",
    "image.private/contributor": "un contributeur",
    "image.private/publisher": "son éditeur",
    "image.private/illustrator": "les données privées d'Illustrator",
    "image.private/exif": "EXIF {name}",
    "image.private/xmp": "un paquet XMP",
    "image.private/comment": "un commentaire",
    "image.private/text": "le texte « {key} »",
    "css.loads": "charge un fichier ou échappe aux vérifications (url(), @import, @font-face, un échappement CSS) : le "
                 "site d'une politique de confidentialité n'adresse aucune requête à un autre hôte",
    "css.unreadable": "ne peut être lu ici : « {text} »{selector:opt: (%s)} : une feuille de style ne contient que des "
                      "règles (`sélecteur {{ propriété: valeur; }}`) : un navigateur saute ce qu'il ne sait pas lire, "
                      "et peut lire autrement ce qui suit (une faute de frappe, un `:`, `;` ou `}}` manquant ou de "
                      "trop) : corrigez ce texte",
    "css.variable": "définit {name}{selector:opt: (%s)} : les variables du thème qu'une feuille de style propre au "
                    "projet peut définir sont celles que les vérifications jugent ({variables}) : une autre colore du "
                    "texte (titres, citations, dates) que la vérification du contraste ne lit jamais",
    "css.property": "définit {name}{selector:opt: (%s)} : une feuille de style propre au projet ne définit que des "
                    "couleurs, des polices et des coins (et les variables --md-… du thème) : le reste pourrait "
                    "déplacer, masquer ou écrire les mots de la page",
    "css.value": "définit {name}: {value}{selector:opt: (%s)} : une couleur, un nom de police ou une longueur, "
                 "opaque : ni texte, ni transparence",
    "css.symbol-font": "définit {name}: {font}{selector:opt: (%s)} : une police de symboles dessine les lettres et les "
                       "chiffres comme des images ou d'autres lettres là où un lecteur l'a installée (Windows a "
                       "Wingdings et Symbol) : les mots lus par les vérifications ne seraient pas ceux affichés",
    "css.important": "définit {name}: {value}{selector:opt: (%s)} !important : elle l'emporterait sur les couleurs sur "
                     "lesquelles le texte est lu ici, où qu'elles soient définies : une couleur propre au projet se "
                     "définit sans !important",
    "css.unread-colour": "définit {name}: {value}{selector:opt: (%s)} : pas une couleur que la vérification sait lire "
                         "(#rrggbb, rgb(), hsl() ou un nom simple) : son contraste avec ce sur quoi elle se trouve est "
                         "inconnu",
    "css.contrast": "définit {name}: {value}{selector:opt: (%s)} : un contraste de {ratio:decimal}:1 avec "
                    "{what:said}{dark:said}, inférieur au {minimum:decimal}:1 dont les lecteurs ont besoin (WCAG 2.1 "
                    "AA) : les mots seraient illisibles, ou invisibles",
    "css.marks": "définit text-decoration-color: {value}{selector:opt: (%s)} : un contraste de {ratio:decimal}:1 avec "
                 "{what:said}{dark:said}, inférieur au {minimum:decimal}:1 dont un trait a besoin pour être vu (WCAG "
                 "2.1 AA, contraste des éléments non textuels) : le trait qui barre les mots supprimés d'un comparatif "
                 "et celui qui souligne les mots ajoutés, le soulignement d'un lien, ne se verraient pas",
    "css.against/page-background": "le fond de la page",
    "css.against/page-text": "le texte de la page",
    "css.against/header-text": "le texte de l'en-tête (--md-primary-bg-color)",
    "css.against/header-colour": "la couleur de l'en-tête (--md-primary-fg-color)",
    "css.against/rule-background": "le fond que définit sa règle",
    "css.against/rule-text": "la couleur de texte que définit sa règle",
    "css.font-shape": "définit {name}: {value}{selector:opt: (%s)} : des mots tracés d'un trait fin comme un cheveu ou "
                      "inclinés jusqu'à l'illisible sont des mots qu'aucun lecteur ne lit ; une graisse de 300 à 900 "
                      "(normal, bold), un style normal, italic ou oblique",
    "css.radius": "définit border-radius: {value}{selector:opt: (%s)} : un coin plus arrondi que {lengths} rogne les "
                  "mots qu'il recouvre (le thème cache ce qui déborde du cadre d'un tableau : les mots de ses cellules "
                  "d'angle) ; arrondissez un coin d'une longueur de {lengths} au plus",
    "css.against/links-background": "le fond de la page, sur lequel le thème dessine les liens du texte dans "
                                    "cette couleur (--md-typeset-a-color, que la feuille de style ne définit pas)",
    "css.against/chrome-background": "le fond sur lequel le thème dessine son {part} ({colour})",
    "css.against/chrome-text": "la couleur de texte que le thème donne à son {part} ({colour})",
    "css.dark-screen": " sur un écran sombre",
    "css.scheme/dark": " sur un écran sombre (ses couleurs sont celles de @media (prefers-color-scheme: dark)) : "
                       "donnez-lui la sienne à cet endroit",
    "css.scheme/light": " sur un écran clair (ses couleurs sont celles de @media (prefers-color-scheme: light)) : "
                        "donnez-lui la sienne à cet endroit",
    "css.crossed": "définit {set:said} : un contraste de {ratio:decimal}:1 entre {text:said} et "
                   "{ground:said}{where:said}, inférieur au {minimum:decimal}:1 dont les lecteurs ont besoin (WCAG "
                   "2.1 AA) : tout texte de la page peut se trouver sur n'importe quel fond que définit la feuille de "
                   "style",
    # --- notes d'import des passes plus petites de la conversion (convert/*.py) -------------------------------------
    "convert.alt-chunks": "lu {count:plural:page web incorporée|pages web incorporées} au document (les « blocs de "
                          "format de remplacement » de Word, par lesquels les outils qui produisent des fichiers Word "
                          "à partir de HTML écrivent le texte) là où Word {count:form:l'affiche|les affiche}, chacune "
                          "comme est importée une page web",
    "convert.alt-chunks/unread": "omis {count:plural:élément incorporé|éléments incorporés} d'un autre format que le "
                                 "HTML (un bloc RTF ou texte) : comparez le Markdown au document tel que Word "
                                 "l'affiche",
    "convert.markdown-attribute": "<{tag} markdown=…> : son contenu conservé tel quel, en Markdown, l'élément omis",
    "convert.html-comment": "retiré un commentaire HTML",
    "convert.raw-html-block": "le bloc HTML brut <{tag}> est devenu du Markdown",
    "convert.raw-html-block/empty": "le bloc HTML brut <{tag}> ne contenait aucun texte : retiré",
    "convert.confluence": "une page exportée de Confluence : son texte (#main-content), son titre sans le nom de "
                          "l'espace, sans le fil d'Ariane du wiki, les détails de la page (« Créé par …, dernière "
                          "modification le … ») ni les commandes de dépliage",
    "convert.confluence-expand-titles": "gardé en gras, au-dessus des mots qu'elle ouvre, le titre que l'auteur a "
                                        "donné à {count:plural:macro de dépliage|macros de dépliage} : {shown:said}",
    "convert.confluence-storage": "omis {count:plural:réglage|réglages} d'une macro Confluence, dans le balisage "
                                  "où le wiki stocke une page (ac:parameter), aucun mot de la page : {shown:said}",
    "convert.confluence-heading-ids": "omis les identifiants que Confluence a faits du titre de la page et des mots "
                                      "{count:plural:d'un titre|de titres} ({example} : un autre "
                                      "dans la page de chaque langue), les liens vers eux menés aux identifiants que "
                                      "le site leur donne",
    "convert.cookie-grids": "{count:plural:liste de cookies qu'une extension de consentement présente|listes de "
                            "cookies qu'une extension de consentement présente} en grille (celle de Complianz : un "
                            "libellé au-dessus du nom, de l'expiration et de la fonction de chaque cookie) "
                            "{count:form:lue|lues} comme le tableau que la page affichait : les libellés en ligne "
                            "d'en-tête, une ligne par cookie",
    "convert.unchanged": "modification impossible, corrigez-la à la main : {note:said}",
    "convert.frames": "lu les mots de {count:plural:cadre|cadres} (<iframe>) que contient la page, là où elle "
                      "{count:form:l'affiche|les affiche} : {frames:each:, }{more}",
    "convert.frame": "{where} : « {words} »",
    "convert.frame/srcdoc": "écrit dans la page : « {words} »",
    "convert.glued-id": "l'identifiant du titre {id}, accolé à son titre, est son identifiant, comme le lisait le "
                        "Markdown de l'ancien site (Goldmark, celui de Hugo)",
    "convert.hugo-param/front-matter": "écrit {tag} avec les mots que l'ancien site y insérait, le champ {key} de son "
                                       "en-tête : « {words} »",
    "convert.site-data-script": "laissé {tag} tel quel : ses mots venaient de {file}, un script des données globales "
                                "de l'ancien site, que l'import n'exécute pas : écrivez-les à cet endroit",
    "convert.template-set/block": "omis un bloc de modèle qui définit {name} et n'affichait rien là où il se "
                                  "trouvait ; ses mots, {words}, sont écrits là où la page affiche {name}",
    "convert.template-set/tag": "omis une balise de modèle qui donne à {name} la valeur {words} et n'affichait rien ; "
                                "ces mots sont écrits là où la page affiche {name}",
    "convert.template-set/unknown": "omis une balise de modèle qui donne à {name} des mots que l'import ne peut "
                                    "connaître ({words}) : là où la page affiche {name}, son code de modèle reste, "
                                    "et policy check le refuse tant que les mots lus par les lecteurs n'y sont pas "
                                    "écrits",
    "convert.template-filled": "écrit {tag} avec les mots que la page donne à {name} : {words}",
    "convert.template-filled/site": "écrit {tag} avec les mots que l'ancien site y insérait, le réglage {name} de sa "
                                    "configuration (`_config.yml`) : {words}",
    "convert.site-data": "écrit {tag} avec les mots que l'ancien site y insérait, ceux de ses données globales "
                         "(`_data/`) : « {words} »",
    "convert.hugo-param/site-params": "écrit {tag} avec les mots que l'ancien site y insérait, le paramètre "
                                      "params.{key} de la configuration du site : « {words} »",
    "convert.language-links": "omis les liens vers les parties de chaque langue au-dessus du texte",
    "convert.bilingual-title": "le titre « {title} » écrit dans les deux langues : conservé « {kept} »",
    "convert.language-part-title": "omis le titre « {heading} » au-dessus de la partie lue : le titre gardé "
                                   "au-dessus d'elle, répété",
    "convert.language-heading": "omis le titre « {heading} » qui nomme la langue de la partie lue",
    "convert.language-runs": "la page présente son texte en deux langues l'une après l'autre, sans les marquer : lu "
                             "{count:plural:section|sections} en {lang:language} (« {first} » …) ; omis "
                             "{others:plural:section|sections} dans l'autre langue (« {left}… ») : importez ce fichier "
                             "avec le --lang de cette langue pour {others:form:l'obtenir|les obtenir}",
    "convert.language-runs/labelled": "la page présente son texte en deux langues l'une après l'autre, chacune sous "
                                      "une ligne qui la nomme : lu la partie en {lang:language}, sous « {label} » ; "
                                      "omis l'autre, sous « {other} » (« {left}… »){more:opt:, et %s de plus} : "
                                      "importez ce fichier avec le --lang de cette langue pour l'obtenir",
    "convert.language-runs/titled": "la page présente son texte en deux langues l'une après l'autre, chacune sous son "
                                    "propre titre : lu celle en {lang:language}, « {title} » ; omis l'autre "
                                    "(« {left}… ») : importez ce fichier avec le --lang de cette langue pour "
                                    "l'obtenir",
    "convert.toc-marker": "marqueur de table des matières {marker} supprimé (le site affiche la sienne)",
    "convert.toc-marker/kramdown": "marqueur de table des matières de kramdown supprimé (le site affiche la sienne)",
    "convert.attribute-list": "la liste d'attributs {written} posait des attributs que le site n'autorise pas "
                              "({removed}) : seuls les identifiants sont gardés (une classe est propre à la page : "
                              "celles du thème peuvent masquer ou déplacer le texte)",
    "convert.embedded-page": "{name} : sa page intégrée {part}",
    "convert.linked-css": "lu comme siennes les {count:plural:feuille de style enregistrée|feuilles de style "
                          "enregistrées} avec la page, qui les lie : {names}{more}",
    "convert.linked-css/missing": "la page lie {count:plural:feuille de style|feuilles de style} de son dossier qui "
                                  "n'y {count:form:est|sont} pas ({names:each:, }{more}) : les mots "
                                  "{count:form:qu'elle masque, dessine ou réordonne|qu'elles masquent, dessinent ou "
                                  "réordonnent} "
                                  "n'ont pas été lus ; enregistrez de nouveau la page avec {count:form:elle|elles} "
                                  "(Enregistrer sous…, Page web complète)",
    "convert.linked-css/large": "{name} (plus de {mib:number} Mio)",
    "convert.markdoc-table": "un tableau Markdoc ({{% table %}} … {{% /table %}} : ses lignes séparées par ---, ses "
                             "cellules les éléments d'une liste) écrit comme le tableau que dessinait l'ancien site",
    "convert.markdown-in-html": "lu le Markdown contenu dans le HTML brut ({tags}) comme le faisait l'ancien site "
                                "(parse_block_html de kramdown dans son _config.yml) : les balises omises, le Markdown "
                                "conservé",
    "convert.markdown-in-html/notion": "lu le Markdown que Notion écrit dans le HTML brut d'un encadré ({tags}) comme "
                                       "Notion l'affichait (gras, liens) : les balises omises, le Markdown conservé",
    "convert.mdx-constant": "écrit {{{name}}} avec les mots qu'affichait la page de l'ancien site, la constante "
                            "qu'elle importait : « {value} »",
    "convert.mdx-string": "écrit l'expression MDX {code}, une chaîne, comme ses caractères, tels que MDX les "
                          "affichait",
    "convert.mdx-expression": "conservé l'expression MDX {code} telle qu'écrite : elle affichait ce que calculait "
                              "la construction de l'ancien site (une année, une date) ; écrivez les mots qu'elle "
                              "affichait",
    "convert.script-definition": "retiré une définition de lien vers une URL de script",
    "convert.style-hidden": "conservé des mots que le style de la page masquait (display:none, une classe de sa "
                            "feuille de style …) : « {words} » ; retirez ce qui n'est pas du texte de la politique",
    "convert.template-kept/known": "le code de modèle {language} {code} a été laissé tel quel (ce site n'exécute "
                                   "pas {language}) : policy check le refuse tant que les mots qu'il affichait n'y "
                                   "sont pas écrits (une date : tapez-la)",
    "convert.template-kept/braces": "le code de modèle {code} a été laissé tel quel (le générateur de l'ancien site en "
                                    "écrivait les mots, ce site n'en exécute aucun) : policy check le refuse tant que "
                                    "les mots qu'il affichait n'y sont pas écrits (une date : tapez-la)",
    "convert.template-kept": "le code de modèle {code} a été laissé tel quel (Blade, PHP, ERB ou les accolades d'un "
                             "modèle : le serveur de l'ancien site en écrivait les mots, ce site n'en exécute aucun) : "
                             "policy check le refuse tant que les mots qu'il affichait n'y sont pas écrits (une date : "
                             "tapez-la)",
    "convert.footnote-mark": "l'appel de note {mark} est affiché tel qu'écrit (ce site n'a pas de notes de bas de "
                             "page) : placez la note dans le texte",
    "convert.notion-icons": "omis {count:plural:icône|icônes} qu'une page Notion dessine à côté de ses encadrés "
                            "({icons}) : de la décoration, et non des mots de la politique",
    "convert.autotitle": "« AUTOTITLE » (GitHub Docs y écrit, au rendu, le titre de la page vers laquelle il pointe) "
                         "est devenu « {title} », le titre de la page ou de la section où mène {target}",
    "convert.autotitle/address": "« AUTOTITLE » (GitHub Docs y écrit, au rendu, le titre de la page vers laquelle il "
                                 "pointe) est devenu « {title} », les mots de son adresse {target}, dont l'import "
                                 "n'a pas le titre : écrivez-y le titre de cette page",
    "convert.parts": "lu avec {names} comme un seul texte, les parties dans l'ordre de leurs numéros{repeated:said} : "
                     "les fichiers d'une même date dont les noms ne diffèrent que par le numéro d'une partie",
    "convert.parts/indexed": "lu avec {names} comme un seul texte{repeated:said}, les parties dans l'ordre où la "
                             "page d'index les lie : les fichiers d'un même dossier daté, chacun lié depuis son index",
    "convert.parts/contents": "omis {count:plural:le lien|les liens} de la page d'index vers ses parties (sa table des "
                              "matières : le site dessine la sienne)",
    "convert.parts/lead-in": "omis les mots de la page d'index menant à ces liens ({words:said}), qui ne menaient "
                             "plus à rien une fois ceux-ci omis",
    "convert.parts/lowered": "titres de {count:plural:partie|parties} placés un niveau sous le titre de la page "
                             "d'index, comme les sections du texte",
    "convert.parts/repeated": " ({count:plural:titre répété omis|titres répétés omis})",
    "convert.published-doc": "un document publié depuis Google Docs : son texte, sans la bannière, l'en-tête ni le "
                             "pied de page de Google (« Publié à l'aide de Google Docs », « Mis à jour "
                             "automatiquement toutes les 5 minutes »)",
    "convert.phone-only": "omis {count:plural:bloc|blocs} que la page n'affichait que sur téléphone, copie de mots "
                          "qu'elle affiche aussi sur l'écran d'un ordinateur ({shown:each:, })",
    "convert.includes": "écrit {count:plural:fichier|fichiers} qu'inclut le modèle de la page, comme le faisait son "
                        "serveur : {names} (ceux du site, au commit de la page)",
    "convert.includes/missing": "omis {count:plural:fichier|fichiers} qu'inclut le modèle de la page, dont les "
                                "lecteurs y voyaient les mots : {names} (absents du dépôt de la page à son commit, ou "
                                "non importés avec --git) : vérifiez la page telle que les lecteurs la voyaient",
    "convert.printed-columns": "les pages du PDF disposent {lines:plural:ligne|lignes} en deux colonnes côte à "
                               "côte (« {left} » à côté de « {right} ») : lu chaque colonne comme une suite de "
                               "lignes à part, celle de gauche puis celle de droite, sans tableau",
    "convert.printed-columns/left": "les pages du PDF disposent le texte en deux langues côte à côte, en deux colonnes "
                                    "({lines:plural:ligne|lignes}, « {left} » à côté de « {right} ») : lu la colonne "
                                    "de gauche, le texte en {lang:language} ; celle de droite omise (importez-la avec "
                                    "son propre --lang)",
    "convert.printed-columns/right": "les pages du PDF disposent le texte en deux langues côte à côte, en deux "
                                     "colonnes ({lines:plural:ligne|lignes}, « {left} » à côté de « {right} ») : lu "
                                     "la colonne de droite, le texte en {lang:language} ; celle de gauche omise "
                                     "(importez-la avec son propre --lang)",
    "convert.printed-lines": "réuni les {lines:plural:ligne|lignes} d'un PDF enregistré comme page web (chaque "
                             "ligne un cadre placé sur sa page par son propre style, comme pdftohtml et pdf2htmlEX "
                             "écrivent les lignes d'un PDF) en {blocks:plural:paragraphe ou élément de "
                             "liste|paragraphes et éléments de liste} comme à l'impression : une même police à une "
                             "même marge, chaque ligne juste sous la précédente",
    "convert.word-lines": "réuni {count:plural:paragraphe|paragraphes} d'un document Word converti d'un PDF (chaque "
                          "ligne imprimée un paragraphe) à la ligne d'avant : une ligne ne finissant aucune phrase, "
                          "la suivante commençant par une minuscule",
    "convert.printed-hyphens": "{count:plural:ligne|lignes} du PDF finissant par un trait d'union "
                               "{count:form:jointe|jointes} à la suivante sans espace, le trait d'union gardé : là où "
                               "il ne faisait que couper un mot en fin de ligne, retirez-le dans une nouvelle version",
    "convert.printed-words": "{count:plural:mot|mots} que le PDF coupait d'un trait d'union en fin de ligne "
                             "{count:form:écrit|écrits} en entier ({words:each:, }), comme le dictionnaire "
                             "{count:form:le|les} connaît",
    "convert.printed-lines/broken": "réuni les {lines:plural:ligne|lignes} d'un PDF enregistré comme page web (chaque "
                                    "ligne finie par un saut de ligne, chaque page par un filet, comme pdftohtml "
                                    "écrit les lignes d'un PDF sans -c) en {blocks:plural:paragraphe ou élément de "
                                    "liste|paragraphes et éléments de liste} comme à l'impression : des lignes d'une "
                                    "même police, une ligne finissant une phrase avec la place du premier mot de la "
                                    "suivante finissant son paragraphe",
    "convert.printed-outline": "omis le sommaire du PDF ({count:plural:signet|signets} : {entries:each:, }), que le "
                               "convertisseur écrivait à côté ou sous ses pages : les titres des sections répétés",
    "convert.select-menus": "omis {count:plural:menu déroulant|menus déroulants} des endroits de la page (ses options "
                            "menant à des sections ou des pages, un libellé devant) : la navigation de l'ancien site, "
                            "pas les mots de la politique : {shown}",
    "convert.printed-tables": "lu {count:plural:suite|suites} de lignes du PDF disposées en colonnes (les morceaux "
                              "de chaque ligne séparés dans une même police, sous les mêmes bords gauches) comme "
                              "{count:form:un tableau|des tableaux}, chaque morceau une cellule, une ligne sous une "
                              "colonne autre que la première prolongeant sa cellule : "
                              "{count:form:vérifiez-le|vérifiez-les} sur le PDF",
    "convert.printed-images": "omis {count:plural:image|images} de page sur laquelle un outil PDF dessinait les "
                              "lignes (les filets, logos et images du PDF, ou l'image d'une page numérisée) : aucun "
                              "mot du texte",
    "convert.label-cards": "{count:plural:liste|listes} l'une après l'autre, chaque élément un libellé et sa valeur, "
                           "des mêmes libellés ({labels} : les cookies d'un outil de consentement, une liste par "
                           "cookie) lues comme un tableau, une ligne d'en-tête des libellés, une ligne par liste",
    "convert.shown-before": "« {first} » avant « {then} »",
    "convert.visual-order/placed": "lu {count:plural:bloc|blocs} de cadres que le CSS de la page place à une "
                                   "hauteur de la page (position: absolute; top: …, comme Wix dispose ses cadres de "
                                   "texte) dans l'ordre où la page les montrait, de haut en bas, et non dans celui "
                                   "où son HTML les écrivait : {moves:each:, }{more}",
    "convert.visual-order": "lu les éléments de {count:plural:bloc|blocs} dans l'ordre où le CSS de la page les "
                            "affichait (l'ordre d'un élément flex ou grid, une direction flex inversée), et non dans "
                            "l'ordre où son HTML les écrivait : {moves:each:, }{more}",
    # --- fichiers d'un dossier d'import sans date, et un lien parmi eux (convert/sources.py) -------------------------
    "import.undated-saved": "{name} : pas de date dans le nom du fichier, ni dans son texte ; ses propriétés de "
                            "document indiquent qu'il a été enregistré pour la dernière fois le {day:date} (le jour "
                            "où quelqu'un a enregistré le fichier, pas toujours celui où son texte est entré en "
                            "vigueur) : si son texte est entré en vigueur ce jour-là, renommez-le {renamed}",
    "import.undated-notion": "{name} : pas de date dans le nom du fichier, ni dans son texte ; ses propriétés dans "
                             "Notion indiquent « {said} » : si son texte est entré en vigueur ce jour-là, "
                             "renommez-le {renamed}",
    "import.undated-notion/edited": "{name} : pas de date dans le nom du fichier, ni dans son texte ; la fiche de la "
                                    "page dans Notion indique « {said} » (sa dernière modification, pas toujours le "
                                    "jour où son texte est entré en vigueur) : si son texte est entré en vigueur ce "
                                    "jour-là, renommez-le {renamed}",
    "import.undated-stated/text": "{name} : pas de date dans le nom du fichier ; son texte indique « {said} » : "
                                  "{days:or} (jour ou mois en premier : ses chiffres ne permettent pas de trancher) : "
                                  "renommez-le {renamed:or}, selon le jour où son texte est entré en vigueur",
    "import.undated-stated/margin": "{name} : pas de date dans le nom du fichier ; son en-tête ou son pied de page "
                                    "indique « {said} » : {days:or} (jour ou mois en premier : ses chiffres ne "
                                    "permettent pas de trancher) : renommez-le {renamed:or}, selon le jour où son "
                                    "texte est entré en vigueur",
    "import.undated-stated/text-one": "{name} : pas de date dans le nom du fichier ; son texte indique « {said} » : si "
                                      "son texte est entré en vigueur ce jour-là, renommez-le {renamed}",
    "import.undated-stated/margin-one": "{name} : pas de date dans le nom du fichier ; son en-tête ou son pied de page "
                                        "indique « {said} » : si son texte est entré en vigueur ce jour-là, "
                                        "renommez-le {renamed}",
    "import.undated-stated/text-one-year": "{name} : pas de date dans le nom du fichier, la seule année {year}, que "
                                           "son texte contredit : il indique « {said} » ({day:date}) ; le nom donné "
                                           "garde le jour du texte : si son texte est entré en vigueur ce jour-là, "
                                           "renommez-le {renamed}",
    "import.undated-stated/margin-one-year": "{name} : pas de date dans le nom du fichier, la seule année {year}, que "
                                             "son en-tête ou son pied de page contredit : il indique « {said} » "
                                             "({day:date}) ; le nom donné garde ce jour : si son texte est entré en "
                                             "vigueur ce jour-là, renommez-le {renamed}",
    "import.symlink": "{path} : un lien symbolique (vers {target}) : l'import lit les fichiers des dossiers qu'on lui "
                      "donne, jamais ce vers quoi pointe un lien qu'ils contiennent, qui peut être n'importe quel "
                      "fichier de cette machine{more:said} ; copiez le fichier lui-même dans le dossier, ou nommez-le "
                      "sur la ligne de commande ; rien n'a été importé",
    "import.symlink/more": " (et {count:plural:autre lien|autres liens} à cet endroit)",
    # --- ce que la publication et l'historique disent des versions qu'ils laissent (publish, history, writing) -----
    "publish.themes-shared": "{count:plural:version avait|versions avaient} {count:form:sa|leur} propre copie du "
                             "thème : {count:form:ses|leurs} pages renvoient désormais aux fichiers partagés du thème "
                             "(assets/<empreinte>/ à la racine de la branche) ; toutes les URL sont conservées",
    "publish.not-rebuilt/moved": "{version} : non reconstruite : sa page était {path} à son commit, la configuration "
                                 "actuelle lit {configured} ({commit}) ; conservée telle que publiée",
    "publish.not-rebuilt": "{version} : non reconstruite : son commit n'est pas dans l'historique de cette branche "
                           "({commit}) ; conservée telle que publiée",
    "publish.sources-rewritten": "{versions} : {count:form:le commit dont elle a été publiée n'est|les commits dont "
                                 "elles ont été publiées ne sont} plus dans l'historique de ce dépôt (réécrit depuis : "
                                 "un rebase, un commit modifié ou fusionné, poussé en force) ; les mêmes textes sont à "
                                 "d'autres commits, le site est donc inchangé, mais `policy verify` "
                                 "{count:form:la|les} signale tant que `policy history --rebuild` ne {count:form:l'a|"
                                 "les a} pas publiée{count:form:|s} de nouveau à partir de ceux-ci",
    "publish.sources-unfetched": "{versions} : {count:form:publiée|publiées} depuis un autre clone et "
                                 "{count:form:arrivée|arrivées} ici avec {remote}/{branch} (ce clone ne "
                                 "{count:form:l'a|les a} jamais {count:form:publiée|publiées}) ; "
                                 "{count:form:son commit n'est pas récupéré|leurs commits ne sont pas récupérés} : "
                                 "`git fetch {remote}` "
                                 "{count:form:le récupère|les récupère} si ce clone a poussé sa branche {head} (puis "
                                 "`git merge {remote}/{head}`) ; d'ici là `policy verify` ne peut pas "
                                 "{count:form:la prouver|les prouver} (sinon {count:form:récupérez-le|récupérez-les} "
                                 "de ce clone : `git fetch <ce clone> <commit>` ; `policy verify` nomme chacune)",
    "publish.sources-lost": "{versions} : {count:form:le commit dont elle a été publiée n'est|les commits dont elles "
                            "ont été publiées ne sont} plus dans l'historique de ce dépôt, et {count:form:son texte "
                            "n'est|leurs textes ne sont} à aucun autre commit (main réécrit depuis, les mots publiés "
                            "modifiés) : `policy verify` ne peut {count:form:la|les} prouver tant que {count:form:ce "
                            "commit n'est pas récupéré|ces commits ne sont pas récupérés} d'un clone qui "
                            "{count:form:l'a|les a} encore (`git fetch <ce clone> <commit>` ; `policy verify` nomme "
                            "chacun)",
    "publish.shallow-version": "{version} : sur {branch}, mais son commit {commit} n'est pas dans ce clone partiel "
                               "(shallow)",
    "publish.themes-removed": "retiré {count:plural:dossier de thème partagé|dossiers de thème partagés} auxquels plus "
                              "aucune version ne renvoie : {folders}",
    "publish.manifest-by-hand": "{path} : écrit par le commit {commit} ({subject}), qui n'est pas un de ceux de la "
                                "publication (qui ajoute le relevé de publication d'une version une seule fois, dans "
                                "un commit 'Publish {version} (…', et le réécrit dans un commit 'Rebuild {version} (…' "
                                "de `policy history --rebuild`) : les empreintes qu'il liste pour les fichiers de la "
                                "version ne peuvent pas être tenues pour exactes",
    "history.merge-edited": "{version} : la fusion {merge} a elle-même modifié le texte (un conflit résolu, ou des "
                            "mots changés dans la fusion) : la version {version} est le texte propre de la fusion, en "
                            "vigueur à partir du {version}, et non le texte de son {parent:ordinal} parent {commit} "
                            "(daté du {day:date}), qui n'est pas une version",
    "history.landed-draft": "{day:date} : le texte de {commit} est un brouillon de la version {version} ({final}) : "
                            "leurs commits sont arrivés ensemble sur la branche le {landed:date} (une pull request "
                            "rebasée, ou fusionnée par rebase, écrite à partir du {written:date}), la branche ne l'a "
                            "donc jamais porté ; ce n'est pas une version",
    "history.left-behind": "{version} : publiée depuis {commit}, un texte que cette branche a porté (en {tip}, une "
                           "ancienne pointe que le reflog de ce clone enregistre) jusqu'à sa réécriture (un reset, ou "
                           "un force-push récupéré) : l'archive garde la version telle que publiée, bien que "
                           "l'historique de la branche ne montre plus son texte",
    "history.behind-remote": "{version} : publiée depuis {commit}, que {remote} contient et le commit courant non "
                             "(publiée depuis un autre clone, d'un état plus récent de {branch}) : l'archive la "
                             "garde ; mettez {branch} à jour (`git merge {remote}`) avant de publier un texte "
                             "ultérieur, qui sinon omettrait les changements de cette version",
    "history.draft-merged": "{day:date} : le texte de {commit}, atteint seulement par le {parent:ordinal} parent de la "
                            "fusion {merge}, n'est pas publié : le brouillon d'une pull request n'est pas une version",
    "history.no-page/removed": "{commit} : {path} supprimé, ce n'est donc pas une version : le site garde en vigueur "
                               "la version précédente jusqu'à la suivante",
    "history.no-page/folder": "{commit} : {path} devenu un dossier, non un fichier, ce n'est donc pas une version : le "
                              "site garde en vigueur la version précédente jusqu'à la suivante",
    "history.no-page/link": "{commit} : {path} devenu un lien symbolique (la publication ne lit aucun lien), ce n'est "
                            "donc pas une version : le site garde en vigueur la version précédente jusqu'à la suivante",
    "history.no-page/submodule": "{commit} : {path} devenu un sous-module (la publication n'en lit aucun), ce n'est "
                                 "donc pas une version : le site garde en vigueur la version précédente jusqu'à la "
                                 "suivante",
    "history.no-page/lfs": "{commit} : {path} devenu un pointeur Git LFS, non le texte (une ligne `filter=lfs` du "
                           "fichier .gitattributes : git conserve le texte hors du dépôt), ce n'est donc pas une "
                           "version : le site garde en vigueur la version précédente jusqu'à la suivante ; sortez la "
                           "politique de LFS (`git lfs untrack`, `git add --renormalize docs`)",
    "history.no-page/utf16": "{commit} : {path} enregistré en UTF-16 (le « Unicode » de Word ou du Bloc-notes), non "
                             "en UTF-8 : sa date ne peut être lue, son texte n'est donc pas une version : le site "
                             "garde en vigueur la version précédente jusqu'à la suivante ; si ce texte a été public, "
                             "enregistrez-le en UTF-8 et committez-le à nouveau",
    "history.no-page/not-utf8": "{commit} : {path} n'est pas un texte UTF-8 : sa date ne peut être lue, son texte "
                                "n'est donc pas une version : le site garde en vigueur la version précédente jusqu'à "
                                "la suivante ; si ce texte a été public, enregistrez-le en UTF-8 et committez-le à "
                                "nouveau",
    "history.language-dropped": "{lang:language} ({lang}) : des textes des versions datées {versions} étaient dans "
                                "{path}, quand la configuration avait cette langue, que le commit {commit} en a "
                                "retiré : aucune version ne les publie (une version est publiée dans les langues "
                                "configurées aujourd'hui), l'archive n'a donc aucun texte dans cette langue ; s'ils "
                                "ont été publics, configurez de nouveau cette langue",
    "history.translation-alone": "{commit} : {path} daté du {date}, mais {authoritative}, le texte de référence, "
                                 "n'existe pas encore : une version en a besoin, ce texte n'est donc pas une version, "
                                 "et l'archive commence à la première version qui l'a ({first})",
    "history.tagged-undated": "{commit} : {path} n'a pas de `date:` dans son en-tête, bien que son étiquette {tag} "
                              "nomme le {day:date} : son texte n'est pas une version (le jour d'une version se lit "
                              "dans son texte) ; pour le garder dans l'archive, importez-le daté (`policy import`, le "
                              "fichier nommé par son jour)",
    "history.undated": "{commit} : {path} n'a pas de date lisible (date: YYYY-MM-DD), son texte n'est donc pas une "
                       "version",
    # --- les niveaux de titre d'une page (convert/heading_depth.py) et la progression de `policy history` (cli.py) --
    "convert.word-heading": "Titre {level}",
    "convert.style-heading": "« {name} »",
    "convert.level-count": "{count:number} {level:said}",
    "convert.sixth-level": "le texte utilise tous les niveaux de titre sous son titre principal, et une page web en a "
                           "six, le titre principal étant le premier : ses {levels:each: et } sont au sixième "
                           "niveau, comme ses {above:said}, chacun étant une section à côté du titre qui le précède, "
                           "et non à l'intérieur ; écrivez-les en gras s'ils ne sont pas des sections à part entière",
    "convert.levels-skipped": "le texte n'utilise aucun {skipped:each:, } : les titres en dessous remontent d'un "
                              "niveau, pour que ses {five:said} et {six:said} gardent chacun un niveau sous son titre "
                              "principal (une page web en a six)",
    "publish.progress": "version {n:number} sur {total:number} : {version} ({elapsed:decimal} s)",
    # --- le registre des textes importés (imported.py) et les pages incorporées de Word refusées (alt_chunks.py) ----
    "imported.yaml": "{file} : illisible : {error}",
    "imported.entries": "{file} : une liste d'entrées avec `lang`, `date`, `sha256` et `source` est attendue",
    "imported.link": "{file} : un lien symbolique : le registre est un fichier propre au projet",
    "import.alt-chunk-large": "{name} : la page web incorporée comme {part} occupe {mib:decimal} Mio une fois "
                              "décompressée : avec le XML du document, bien plus que le texte d'une politique ; "
                              "enregistrez-le de nouveau depuis Word, ou en HTML",
    "import.alt-chunk-placed": "{name} : la page web incorporée comme {part:said} (un « bloc de format de "
                               "remplacement » de Word) se trouve dans un tableau, une liste ou une zone de texte, où "
                               "son texte ne peut pas être lu comme une page : ouvrez le document dans Word et "
                               "enregistrez-le de nouveau (Word écrit alors le texte de la page comme le sien), ou "
                               "importez la page en .html",
    "import.alt-chunk-placed/a-chunk": "un bloc",
    # --- notes d'import des liens d'un texte converti (convert/neutralise.py) -----------------------------------------
    "convert.link-cleaned/redirect": "écrit l'adresse vers laquelle {redirect} renvoyait ses lecteurs",
    "convert.link-cleaned/scheme": "écrit son protocole {scheme} en minuscules, {lower}",
    "convert.link-cleaned": "retiré ses paramètres de suivi ({parameters})",
    "convert.autolink-read": "le lien automatique <{written}> écrit {read} : le Markdown du site ne l'afficherait pas "
                             "comme un lien vers cette adresse",
    "convert.link-untracked/autolink": "lien {href} : {cleaned:said}, tel que le site le publie",
    "convert.autolink-script": "le lien automatique vers une URL de script « {href} » est devenu du texte simple",
    "convert.link-in-link": "le lien « {label} » vers {href}, écrit dans les mots d'un lien vers {outer} (un lien "
                            "dans un lien, qu'un navigateur coupe en deux) : conservé ses mots dans le lien qui les "
                            "entoure, retiré sa propre cible",
    "convert.link-script": "le lien « {label} » pointait vers une URL {scheme}: : conservé son texte, retiré sa cible",
    "convert.angled-file": "<{written}>, un nom de fichier écrit entre chevrons (le Markdown du site le lirait comme "
                           "une balise HTML et n'en afficherait rien) : écrit comme ses mots",
    "convert.angled-file/page": "<{written}>, une page de l'ancien site écrite entre chevrons (le Markdown du site la "
                                "lirait comme une balise HTML et n'en afficherait rien) : écrite comme un lien vers "
                                "elle, que l'import mène à sa page s'il l'apporte",
    "convert.autolink-domain": "<{written}>, un domaine écrit entre chevrons sans son protocole (le Markdown du site "
                               "le lirait comme une balise HTML et n'en afficherait rien) : lié à {address}",
    "convert.autolink-domain/in-link": "<{written}>, un domaine écrit entre chevrons dans les mots d'un lien (le "
                                       "Markdown du site le lirait comme une balise HTML et n'en afficherait rien) : "
                                       "écrit comme ses mots",
    "convert.link-domain": "le lien « {label} » pointait vers {href}, un domaine écrit sans son protocole : lié à "
                           "{address}",
    "convert.link-missing-file": "le lien « {label} » pointait vers {href}, un fichier de l'ancien site que ce site "
                                 "n'a pas : conservé son texte, retiré sa cible",
    "convert.link-untracked": "lien « {label} » : {cleaned:said}, tel que le site le publie",
    "convert.link-deceptive/kept": "lien « {label} » : {refused:said} : conservé son texte, lié à {address}",
    "convert.link-deceptive/unlinked": "lien « {label} » : {refused:said} : conservé son texte, retiré sa cible",
    "convert.link-elsewhere": "lien « {label} » : {elsewhere:said}, ce que le site refuse de publier : conservé son "
                              "texte, retiré sa cible",
    "convert.link-subject": "lien « {label} » : {refused:said}, ce que le site refuse de publier : conservé le lien, "
                            "retiré son objet",
    "convert.link-title": "lien « {label} » : son titre « {title} » montre une autre adresse que celle où il mène, ce "
                          "que le site refuse de publier : conservé le lien, retiré le titre",
    "convert.link-title/unshown": "lien « {label} » : son titre « {title} » dit des mots que la page ne montre que "
                                  "lorsqu'un pointeur se pose sur le lien, ce que le site refuse de publier : "
                                  "conservé le lien, retiré le titre",
    # --- notes d'import des balises HTML brutes, du code de modèle et des images d'un texte converti --------------
    # --- (convert/neutralise.py, convert/rawhtml.py) ----------------------------------------------------------------
    "convert.raw-removed": "retiré « {markup} »",
    "convert.raw-embed-linked": "l'élément <{tag}> qui intégrait {url} est devenu un lien vers cette adresse",
    "convert.raw-element-removed": "retiré un élément <{tag}>",
    "convert.raw-element-removed/content": "retiré un élément <{tag}> et son contenu",
    "convert.raw-stray-opening": "une balise ouvrante <{tag}> sans aucun mot après elle dans son paragraphe, jamais "
                                 "fermée, ne marquait rien : retirée",
    "convert.raw-tag": "HTML brut <{tag}>{renamed:opt: devenu <%s>}{dropped:said}{anchor:said}",
    "convert.raw-tag-dropped": " : retiré {dropped:each:, }",
    "convert.raw-tag-anchor": " : son name= est devenu id=",
    "convert.dropped/theme-id": "{key}= (les identifiants commençant par __ sont ceux du thème)",
    "convert.dropped/script": "{key}=« {value} » (une URL de script)",
    "convert.dropped/relative": "{key}=« {value} » (une page ou un fichier du site où le texte était publié, pas de "
                                "celui-ci)",
    "convert.dropped/scheme": "{key}=« {value} » (seuls les liens http(s), mailto: et # sont permis)",
    "convert.dropped/handler": "{key}= (un gestionnaire d'événement)",
    "convert.dropped/other": "{key}=",
    "convert.dropped/unshown-title": "title=« {title} » (des mots que la page ne montre que lorsqu'un pointeur s'y "
                                     "pose)",
    "convert.raw-list-in-line": "liste en HTML brut sur une ligne (une cellule de tableau) : chaque élément y est sur "
                                "une ligne à lui, après son « - » ou son numéro",
    "convert.raw-not-allowed": "la balise HTML brute <{tag}> n'est pas sur la liste des balises permises : retiré la "
                               "balise, conservé son texte",
    "convert.escaped-tag": "« \\< » écrit « &lt; » (le même caractère : les contrôles du HTML ne lisent pas les "
                           "échappements du Markdown)",
    "convert.script-text": "le texte « {text} » se lit comme une URL de script pour les contrôles : affiché comme du "
                           "code",
    "convert.sharepoint-file": "lu le fichier de page de site SharePoint tel que SharePoint l'affichait : son titre, "
                               "{title}, au-dessus du texte de son canevas (les propriétés enregistrées de la page, "
                               "CanvasContent1)",
    "convert.sharepoint-webparts": "omis {count:plural:composant WebPart|composants WebPart} de la page SharePoint, "
                                   "dessiné{count:form:|s} par les scripts de la page d'après les réglages "
                                   "{count:form:du composant|des composants} (une image, des liens, une liste) : si "
                                   "les lecteurs y lisaient des mots, écrivez ces mots dans le texte",
    "convert.sharepoint-webparts/titled": "omis {count:plural:composant WebPart|composants WebPart} de la page "
                                          "SharePoint, dessiné{count:form:|s} par les scripts de la page d'après les "
                                          "réglages {count:form:du composant|des composants} ({titles}) : si les "
                                          "lecteurs y lisaient des mots, écrivez ces mots dans le texte",
    "convert.sharepoint-chrome": "omis les barres, la signature et le pied de page de SharePoint autour du texte de "
                                 "la page (j'aime, vues, commentaires) : {words}",
    "convert.liquid-raw": "le {{% raw %}} de Jekyll affichait {count:plural:morceau|morceaux} de code de gabarit "
                          "tel quel, {shown} : écrit comme code, tel que les lecteurs le voyaient, ses "
                          "marqueurs omis",
    "convert.liquid-marker": "retiré le marqueur Liquid {marker}",
    "convert.hugo-email": "le shortcode Hugo {tag} écrit comme le lien qu'il produisait, vers {address}, tel que "
                          "l'ancien site l'affichait",
    "convert.template-tag/hugo": "retiré le shortcode Hugo {code}, que l'ancien site exécutait (un lien qu'il "
                                 "produisait n'a plus d'adresse : écrivez-la)",
    "convert.template-tag/hugo-param": "supprimé le shortcode Hugo {code}, les mots d'un réglage de l'ancien site que "
                                       "ni l'en-tête de la page ni la configuration de son site ne donnent ici : "
                                       "écrivez les mots qu'il affichait",
    "convert.template-tag/liquid": "retiré la balise Liquid {code}, que l'ancien site exécutait (un lien qu'elle "
                                   "produisait n'a plus d'adresse : écrivez-la)",
    "convert.template-tag/other": "retiré la balise de modèle {code}, que l'ancien site exécutait (un lien qu'elle "
                                  "produisait n'a plus d'adresse : écrivez-la)",
    "convert.icon": "retiré l'icône {icon}, que l'ancien site dessinait (ce site n'affiche pas d'icônes dans le texte)",
    "convert.kramdown-heading-id": "le {code} de kramdown sous un titre, qui lui donnait son identifiant : écrit "
                                   "sur le titre, {{#{id}}}",
    "convert.kramdown-directive": "retiré la directive kramdown {code}",
    "convert.image-linked": "l'image {image} (d'un autre hôte) est devenue un lien vers elle, avec son texte de "
                            "remplacement « {alt} »",
    "convert.image/data": "une image intégrée en URL data:",
    "convert.image/foreign": "l'image {image} (d'un autre hôte)",
    "convert.image/missing": "l'image {image:else:convert.image-no-address} (un fichier que ce site n'a pas)",
    "convert.image-no-address": "(sans adresse)",
    "convert.image-alt": "{image:said} a été remplacée par son texte de remplacement « {alt} »",
    "convert.image-no-alt": "{image:said} n'avait pas de texte de remplacement : retirée",
    # --- l'historique d'un clone superficiel (history.py) et ce que git refuse de lire (git.py) ------------------
    "history.shallow": "clone superficiel : l'historique git s'arrête à {stops:each:, } ; les versions datées "
                       "enregistrées avant manquent donc{oldest:said} ; lancez `git fetch --unshallow` pour publier "
                       "toute l'archive",
    "history.shallow/oldest": " (la plus ancienne version datée trouvée est celle du {version})",
    "git.bare": "{path} : un dépôt nu (bare) n'a pas de politique à publier",
    "git.missing-at": "{path} n'existe pas dans {rev}",
    "git.no-object": "l'objet {sha} n'est pas dans le dépôt",
    "git.no-object/detail": "l'objet {sha} n'est pas dans le dépôt : {detail}",
    "git.not-blob": "l'objet {sha} n'est pas un blob du dépôt",
    "git.object-unfetched": "l'objet {sha} n'est pas dans ce clone partiel (`--filter`), et git n'a pas pu le "
                            "récupérer auprès de son dépôt distant {remotes} : donnez à git l'accès à ce dépôt "
                            "distant (son adresse, ses identifiants), ou clonez sans `--filter`",
    "git.blob-unreadable": "{path} au commit {commit} : git ne peut pas lire ce fichier (objet {sha}), que le dépôt "
                           "nomme sans le contenir : {detail}",
    "git.blob-unreadable/partial": "{path} au commit {commit} : ce clone est partiel (`--filter`) : git récupère "
                                   "chaque texte auprès de son dépôt distant au moment de le lire, et n'a pas pu "
                                   "récupérer celui-ci (objet {sha}) auprès de {remotes} : donnez à git l'accès à "
                                   "ce dépôt distant (son adresse, ses identifiants), ou clonez sans `--filter`",
    # --- un manifeste de la branche qui ne peut être lu (manifest.py) -----------------------------------------------
    "manifest.invalid/deep": "manifeste non valide (imbriqué trop profondément)",
    "manifest.invalid/read": "manifeste non valide ({error:said})",
    "manifest.invalid/missing": "il n'a pas de champ « {key} »",
    "manifest.invalid/shape": "un champ contient une valeur d'une autre sorte que celle que la publication y écrit",
    "manifest.invalid/fields": "manifeste non valide (une version, un commit, un chemin ou une empreinte n'est pas ce "
                               "qu'il devrait être)",
    "manifest.invalid/changes": "manifeste non valide ({lang} : changes : {problem:said})",
    "manifest.changes/mapping": "ce n'est pas un dictionnaire",
    "manifest.changes/text": "`{key}` n'est pas du texte",
    "manifest.changes/day": "`{key}` n'est pas un jour (AAAA-MM-JJ)",
    "manifest.changes/counts": "`counts` n'est pas un dictionnaire de nombres",
    "manifest.changes/replaced": "`replaced` n'est pas une liste de termes (chacun ses mots `old` et `new` et leur "
                                 "nombre, `count`)",
    "manifest.changes/preamble": "`preamble` n'est ni vrai ni faux",
    "manifest.changes/sections": "`sections` n'est pas une liste",
    "manifest.changes/section": "la section {n} n'a pas un type, des numéros ancien et nouveau, un titre et "
                                "l'indication de son changement",
    "manifest.changes/marks": "les marques des numéros de la section {n} ne sont pas du texte",
    "manifest.changes/partner": "la section avec laquelle la section {n} a été fusionnée ou dont elle a été séparée "
                                "n'a pas un numéro, un titre et une marque",
    "branch.manifest-unreadable": "{branch} : {path} : {error:said} : `policy verify` liste ce qui ne va pas ; la "
                                  "branche est laissée telle quelle",
    # --- refus mis bout à bout, ce qu'une commande laisse tel quel (publish.py, publish_refusals.py, files.py) -------
    "refusal.each": "{reasons:each: }",
    "publish.nothing-after": "{refusal:said} Rien n'a été publié.",
    "publish.nothing-after/sentence": "{refusal:said}. Rien n'a été publié.",
    "publish.first-shallow": "rien n'a été publié : ni {branch} ni {remote}/{branch} ne sont ici, une première "
                             "publication a besoin de tout l'historique, et ceci est un {shallow:said} (les versions "
                             "qu'il cache ne pourraient jamais être publiées après une version plus récente) ; si "
                             "{remote} a l'archive publiée, récupérez-la aussi (`git fetch {remote} "
                             "{branch}:{branch}`) ; sur GitHub Actions, actions/checkout récupère les deux avec "
                             "`fetch-depth: 0`",
    "publish.shallow-since": "rien n'a été publié : {version}, la version publiée la plus récente, a été construite à "
                             "partir du commit {commit}, absent de ce clone : les versions datées enregistrées depuis "
                             "(à publier avant une version plus récente, ou qui la refusent) ne peuvent être lues ; "
                             "{shallow:said} (sur GitHub Actions : `fetch-depth: 0` dans actions/checkout)",
    "history.shallow/bare": "clone superficiel",
    "files.unchanged": "{path} : {reason} ; laissé tel quel",
    "refuse.mike-deployed": "{prefix} : {versions}",
    "refuse.mike-deployed/root": "{versions}",
    # --- une nouvelle version dont les mots sont ceux de la version précédente (gate.same_words) ---------------------
    "gate.same-words": "{version} : son texte est, mot pour mot, celui du {before}, la version précédente, dans chaque "
                       "langue ({languages}) : seule sa date a changé ; l'archive liste la version du {version} comme "
                       "une version dont l'entrée d'historique, la page des modifications et l'élément du flux disent "
                       "« Aucune modification du texte. » (si une modification était voulue, elle n'est pas dans ce "
                       "commit ; une relecture qui confirme le texte peut le dire dans `summary:`)",
    "gate.same-words/numbering": "{version} : ses mots sont ceux du {before}, la version précédente, dans chaque "
                                 "langue ({languages}) ; seule la façon dont ses titres écrivent leur numéro a changé "
                                 "({shown:each}{more:said}) : l'archive liste la version du {version} comme une "
                                 "version dont l'entrée d'historique, la page des modifications et l'élément du flux "
                                 "disent « Aucune modification du texte. » (dites ce qui a changé dans `summary:`, "
                                 "qu'ils reprendront alors)",
    "gate.renumbered": "{lang:language}, {label} : « {was} » → « {now} »",
    "gate.renumbered/more": " ; … ({count:number} titres)",
}
