"""Builds templates/memo.docx, the Word memo template, with python-docx.

The .docx is the template users edit in Word (house style, letterhead); this script only records
how the bundled one was made. Its jinja2 tags are docxtpl's: {{ }} for values, {%p %} for
paragraph loops and conditions, {%tr %} for table-row loops. Run: python3 templates/make_docx_template.py
"""

from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).with_name("memo.docx")


def table(document, headers, loop, cells):
    grid = document.add_table(rows=4, cols=len(headers))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, headers, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    grid.rows[1].cells[0].text = "{%tr " + loop + " %}"
    for cell, text in zip(grid.rows[2].cells, cells, strict=True):
        cell.text = text
    grid.rows[3].cells[0].text = "{%tr endfor %}"


def main() -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Georgia"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Justification memo", level=0)
    head = doc.add_table(rows=4, cols=2)
    head.style = "Table Grid"
    for row, (label, value) in zip(head.rows, [("To", "{{ to }}"), ("From", "{{ sender }}"),
                                               ("Date", "{{ memo_date }}"),
                                               ("Subject", "{{ case.title }}")], strict=True):
        row.cells[0].text, row.cells[1].text = label, value

    doc.add_heading("Question presented", level=1)
    doc.add_paragraph(
        "Whether the measures that {{ facts['parties.acting'].words }} would take against "
        "{{ facts['parties.target'].words }} on or about {{ case.date }} have a legal basis under "
        "the Charter of the United Nations{% if facts['claimed_bases'].known %}, on the bases "
        "claimed: {{ facts['claimed_bases'].words }}{% endif %}, and whether they meet the "
        "criteria of the Responsibility to Protect."
    )
    doc.add_paragraph("{%p if case.summary %}")
    doc.add_paragraph("{{ case.summary }}")
    doc.add_paragraph("{%p endif %}")

    doc.add_heading("Short answer", level=1)
    doc.add_paragraph("{%p if reading %}")
    doc.add_paragraph("{{ reading }}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p for axis in short_answer %}")
    doc.add_paragraph("{{ axis.title }}: {{ axis.verdict }}. {{ axis.message }}{{ axis.cite }}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p if retrospective %}")
    doc.add_paragraph("Note: {{ retrospective }}")
    doc.add_paragraph("{%p endif %}")

    doc.add_heading("Facts relied on", level=1)
    table(doc, ["Fact", "Value", "Source"], "for use in relied_on",
          ["{{ use.title }}", "{{ use.words }}", "{{ use.source or 'as stated in the case file' }}"])

    doc.add_heading("Analysis", level=1)
    doc.add_paragraph("{%p for section in sections %}")
    doc.add_heading("{{ section.title }}", level=2)
    doc.add_paragraph("{%p for finding in section.findings %}")
    doc.add_heading("{{ finding.rule_id }}: {{ finding.title }}", level=3)
    doc.add_paragraph("{{ finding.citation.principle }} {{ finding.message }} "
                      "[{{ status_words[finding.status] }}; {{ cite(finding.citation) }}]")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endfor %}")

    doc.add_heading("Facts still needed", level=1)
    doc.add_paragraph("{%p for use in needed %}")
    doc.add_paragraph("{{ use.question }} ({{ use.path }})", style="List Number")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p if not needed %}")
    doc.add_paragraph("None: every fact the analysis turns on is established.")
    doc.add_paragraph("{%p endif %}")

    doc.add_heading("Remedies", level=1)
    doc.add_paragraph("{{ remedies_intro }}")
    doc.add_paragraph("{%p for remedy in remedies %}")
    doc.add_paragraph("{{ remedy.text }}", style="List Number")
    doc.add_paragraph("{%p endfor %}")

    doc.add_heading("Annex", level=1)
    doc.add_heading("Findings", level=2)
    table(doc, ["Rule", "Principle", "Status", "Citation"], "for finding in assessment.findings",
          ["{{ finding.rule_id }}", "{{ finding.title }}", "{{ status_words[finding.status] }}",
           "{{ cite(finding.citation) }}"])
    doc.add_heading("Sources cited", level=2)
    doc.add_paragraph("{%p for source in sources %}")
    doc.add_paragraph("[{{ source.number }}] {{ source.text }}", style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_heading("Provenance", level=2)
    doc.add_paragraph("Rule pack: {{ pack.name }} {{ pack.version }} (sha256:{{ pack_digest }})")
    doc.add_paragraph("Case file: {{ assessment.case_path }} (sha256:{{ assessment.case_digest }})")
    doc.add_paragraph("Law applied as of {{ assessment.as_of }}")
    doc.core_properties.author = "jus"
    doc.core_properties.title = "Justification memo"
    doc.save(OUT)


if __name__ == "__main__":
    main()
