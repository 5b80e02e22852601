"""Product groups listed in a table on a catalogue page are products."""

from __future__ import annotations

from research.extract.site_page import read_page
from research.extract.site_products import products

CATALOGUE = """<html><body><h1>Oferta</h1><table>
<thead><tr><th>Grupa towarowa</th><th>Przykłady</th></tr></thead>
<tbody><tr><td>Dekoracje świąteczne</td><td>bombki, lampki</td></tr>
<tr><td>Ogród i balkon</td><td>doniczki</td></tr>
<tr><td>Zabawki</td><td>pluszaki</td></tr></tbody></table></body></html>"""

LAYOUT = """<html><body><h1>Products</h1><table><tr><td>Welcome to our shop</td><td>menu</td></tr>
<tr><td>Call us today</td><td>x</td></tr></table></body></html>"""


def test_first_cells_of_a_catalogue_table_are_product_groups() -> None:
    doc = read_page("https://hurt.example.pl/oferta", CATALOGUE, kind="products")
    names = [p["text"] for p in products([doc])]
    assert {"Dekoracje świąteczne", "Ogród i balkon", "Zabawki"} <= set(names)
    assert "Grupa towarowa" not in names


def test_a_two_row_layout_table_is_not_a_catalogue() -> None:
    doc = read_page("https://shop.example.com/products", LAYOUT, kind="products")
    assert "Welcome to our shop" not in [p["text"] for p in products([doc])]


def test_tables_on_other_pages_are_not_read_as_products() -> None:
    doc = read_page("https://hurt.example.pl/o-firmie", CATALOGUE, kind="about")
    assert "Zabawki" not in [p["text"] for p in products([doc])]
