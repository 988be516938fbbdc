"""lead54: `var` belongs to the function holding it, whatever block it is in: at the top level of a classic script a
`var` in an `if` block, a `for (var x of …)` or a `try` defines a global as `var x` alone does (safety86 read the top
level's depth 0 only); an arrow function called with the global object binds its parameter to it as `function (g)`
does."""
from __future__ import annotations

from policysite import script_globals


def test_a_var_in_a_top_level_block_or_loop_head_is_global():
    script = ("if (x) { var policyA = 1; }\nfor (var policyB of list) { var policyC = policyB; }\n"
              "for (var policyD = 0, policyE = 1; policyD < 2; policyD++) {}\ntry { var policyF; } catch (e) {}\n"
              "for (var policyG in object) {}")
    assert script_globals.defined(script) == {"policyA", "policyB", "policyC", "policyD", "policyE", "policyF",
                                              "policyG"}


def test_a_var_inside_any_function_is_not_global():
    script = ("function f(a) { if (a) { var notA = 1; } for (var notB of a) {} }\n"
              "var g = (a) => { var notC = 1; };\nvar h = a => { for (var notD in a) {} };\n"
              "var o = { m(a) { var notE = 1; }, n: function () { var notF; } };\n"
              "class K { m() { var notG; } }")
    assert script_globals.defined(script) == {"f", "g", "h", "o"}


def test_an_arrow_wrapper_called_with_the_global_object_defines_on_it():
    assert script_globals.defined("((root) => { root.policyArrow = 1; })(this);") == {"policyArrow"}
    assert script_globals.defined("(root => { root.policyBare = 1; })(window);") == {"policyBare"}
    assert script_globals.defined("((root, factory) => { root.policyTwo = factory(); })(self, () => ({}));") \
        == {"policyTwo"}
    assert script_globals.defined("((r) => { r.notGlobal = 1; })(document.body);") == frozenset()
