#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
# SPDX-License-Identifier: MIT
"""Fills the singular and plural forms of the English .ts file after `cmake --build --target update_translations`.

Source strings are written with "(s)" and "(ies)" so that they read well untranslated; English needs its two forms.
"""
import re
import sys
import xml.etree.ElementTree as ET

SINGULAR = [("entry(ies) fit", "entry fits"), ("y(ies)", "y"), ("(ies)", "y"), ("(s)", ""), ("%n entries", "%n entry"),
            ("%n diagnoses", "%n diagnosis")]
PLURAL = [("y(ies)", "ies"), ("(ies)", "ies"), ("(s)", "s")]


def apply(text, rules):
    for old, new in rules:
        text = text.replace(old, new)
    return text


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for form in (apply(source, SINGULAR), apply(source, PLURAL)):
            ET.SubElement(translation, "numerusform").text = form
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = open(path, encoding="utf-8").read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                                       '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/domains-troubleshooter_en.ts")
