"""The interface in Brazilian Portuguese (policysite.strings): only what Brazil writes otherwise than Portugal
(seção, not secção); every other string is Portuguese's (pt)."""
from __future__ import annotations

STRINGS: dict[str, str] = {
    "permalink": "Link permanente para esta seção",
    "sides_missing": "Nenhuma seção correspondente neste texto.",
    "section_missing": "A seção para onde este link aponta não existe nesta versão.",
    "section_renumbered": "Até a versão de {date}, inclusive, este link levava a outra seção:",
    "section_missing_unscripted": "Se um link para uma seção trouxe você ao início desta página, essa seção não "
                                  "existe nesta versão.",
    "group_changed": "Seções alteradas",
    "group_added": "Seções adicionadas",
    "group_removed": "Seções removidas",
    "group_renumbered": "Seções renumeradas",
    "group_moved": "Seções deslocadas",
    "group_merged": "Seções integradas em outra",
    "group_split": "Seções separadas de outra",
    "newer_between": "… {count} versões intermediárias, no histórico de versões",
    "newer_between|one": "… {count} versão intermediária, no histórico de versões",
    "compare_intro": "Escolha duas versões datadas: os textos são comparados palavra a palavra, seção a seção.",
    # Brazil puts the pronoun before the verb (se aplica, not aplica-se) and quotes with “ ”, not « »
    "upcoming_self": "Esta versão se aplica a partir de {date}.",
    "at_invalid": "“{value}” não é uma data (AAAA-MM-DD).",
    "no_summary": "Publicada antes da existência das páginas de alterações: sem resumo registrado.",
}

REDLINE: dict[str, str] = {
    "counts_none": "nenhuma seção alterada",
    "formerly": "anteriormente “{title}”",
    "untitled_section": "Seção sem título",
    "moved_to_untitled": "Movido para uma seção sem título.",
    "moved_from_untitled": "Movido para aqui a partir de uma seção sem título.",
    "merged_untitled": "integrada em uma seção sem título",
    "split_untitled": "separada de uma seção sem título",
    "moved_up": "Movido mais para cima nesta seção.",
    "moved_down": "Movido mais para baixo nesta seção.",
    "joined_merged": "{n} parágrafos unidos neste.",
    "joined_split": "Um parágrafo dividido em {n}, entre eles este.",
    "joined_merged_items": "{n} itens de lista unidos neste.",
    "joined_merged_mixed": "{n} parágrafos e itens de lista unidos neste.",
    "joined_split_items": "Um item de lista dividido em {n}, entre eles este.",
    "joined_merged_into_item": "{n} parágrafos unidos neste item de lista.",
    "joined_merged_items_into_paragraph": "{n} itens de lista unidos neste parágrafo.",
    "joined_merged_mixed_into_item": "{n} parágrafos e itens de lista unidos neste item de lista.",
    "moved_within": "Palavras movidas dentro deste trecho: riscadas onde estavam, inseridas onde estão.",
    "column_moved": "Coluna “{column}” movida.",
    "row_moved_up": "Linha “{row}” movida mais para cima nesta tabela.",
    "row_moved_down": "Linha “{row}” movida mais para baixo nesta tabela.",
    "image_replaced": "Imagem “{old}” substituída por “{new}”.",
    "image_replaced_untitled": "Uma imagem sem descrição substituída.",
    "image_replaced_same": "Imagem “{image}” substituída por outra com a mesma descrição.",
    "image_replaced_same_untitled": "Uma imagem sem descrição substituída.",
    "truncated": "Mais {count} seções não apresentadas aqui: consulte a comparação completa.",
    "truncated|one": "Mais {count} seção não apresentada aqui: consulte a comparação completa.",
}
