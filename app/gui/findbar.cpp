// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "findbar.h"

#include "apptheme.h"
#include "remediationhtml.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

namespace {

// The text to find as a pattern: any case, and a word joiner allowed after each character (the remediation view
// keeps long values on one line with them).
QRegularExpression patternFor(const QString &needle)
{
    QStringList parts;
    parts.reserve(needle.size());
    for (const QChar c : needle)
        parts << QRegularExpression::escape(QString(c));
    const QString joiner = QStringLiteral("\\x{%1}?").arg(int(RemediationHtml::kWordJoiner.unicode()), 0, 16);
    return QRegularExpression(parts.join(joiner), QRegularExpression::CaseInsensitiveOption);
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_count(new QLabel(this)), m_previous(new QToolButton(this)),
      m_next(new QToolButton(this)), m_close(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_count->setTextFormat(Qt::PlainText);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    for (QToolButton *b : {m_previous, m_next, m_close})
        b->setAutoRaise(true);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &FindBar::search);
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    retranslate();
    hide();
}

FindBar::~FindBar() = default;

template <typename Editor> void FindBar::attachEditor(Editor *editor)
{
    m_target = editor;
    m_text.document = [editor] { return editor->document(); };
    m_text.cursor = [editor] { return editor->textCursor(); };
    m_text.setCursor = [editor](const QTextCursor &c) {
        editor->setTextCursor(c);
        editor->ensureCursorVisible();
    };
    m_text.mark = [editor](const QList<QTextEdit::ExtraSelection> &marks) { editor->setExtraSelections(marks); };
    connect(editor->document(), &QTextDocument::contentsChanged, this, [this] {
        if (isVisible())
            m_refresh.start();
    });
}

void FindBar::attach(QPlainTextEdit *editor)
{
    attachEditor(editor);
}

void FindBar::attach(QTextEdit *editor)
{
    attachEditor(editor);
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange && isVisible()) {
        showCurrent(); // the marks in the new palette's colours
    }
    QWidget::changeEvent(event);
}

void FindBar::retranslate()
{
    m_field->setPlaceholderText(tr("Find"));
    m_field->setAccessibleName(tr("Find"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setToolTip(tr("Next match (Enter, F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setToolTip(tr("Close the find bar (Escape)"));
    m_close->setAccessibleName(tr("Close the find bar"));
    showCount();
}

void FindBar::open()
{
    if (!m_target)
        return;
    const QString selected = m_text.cursor().selectedText().remove(RemediationHtml::kWordJoiner);
    // A selection on one line is what the user wants to find; a paragraph separator means several lines.
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) &&
        !selected.contains(QChar::LineSeparator))
        m_field->setText(selected);
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    search();
}

void FindBar::close()
{
    clearMarks();
    hide();
    if (m_target)
        m_target->setFocus(Qt::OtherFocusReason);
}

void FindBar::clearMarks()
{
    m_matches.clear();
    m_current = -1;
    if (m_target)
        m_text.mark({});
}

void FindBar::search()
{
    m_refresh.stop();
    m_matches.clear();
    m_capped = false;
    m_current = -1;
    const QString needle = m_field->text();
    const QTextDocument *document = m_target ? m_text.document() : nullptr;
    if (document && !needle.isEmpty()) {
        const QRegularExpression pattern = patternFor(needle);
        const int from = m_text.cursor().selectionStart();
        // Block by block: a match never spans lines, and a long log is read once.
        for (QTextBlock b = document->begin(); b.isValid() && !m_capped; b = b.next()) {
            auto it = pattern.globalMatch(b.text());
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                if (m_matches.size() == kMaxMatches) {
                    m_capped = true;
                    break;
                }
                const int start = b.position() + int(m.capturedStart());
                if (m_current < 0 && start >= from)
                    m_current = int(m_matches.size());
                m_matches.append({start, int(m.capturedLength())});
            }
        }
        if (m_current < 0 && !m_matches.isEmpty())
            m_current = 0; // none after the cursor: wrap to the first
    }
    showCurrent();
}

void FindBar::findNext()
{
    step(1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::step(int delta)
{
    if (!isVisible()) { // F3 with the bar closed opens it again on the last text
        open();
        return;
    }
    if (m_matches.isEmpty())
        return;
    const int n = int(m_matches.size());
    m_current = ((m_current + delta) % n + n) % n;
    showCurrent();
}

void FindBar::showCurrent()
{
    showCount();
    if (!m_target)
        return;
    QTextDocument *document = m_text.document();
    const int end = document->characterCount() - 1;
    const QPalette palette = m_target->palette();
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
    const QColor others = QColor::fromRgbF(base.redF() * 0.65f + highlight.redF() * 0.35f,
                                           base.greenF() * 0.65f + highlight.greenF() * 0.35f,
                                           base.blueF() * 0.65f + highlight.blueF() * 0.35f);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    QList<QTextEdit::ExtraSelection> marks;
    marks.reserve(m_matches.size());
    QTextCursor current;
    for (int i = 0; i < m_matches.size(); ++i) {
        const Span &s = m_matches.at(i);
        QTextCursor c(document);
        c.setPosition(qMin(s.start, end));
        c.setPosition(qMin(s.start + s.length, end), QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection mark;
        mark.cursor = c;
        if (i == m_current) {
            current = c;
            mark.format.setBackground(highlight);
            mark.format.setForeground(
                AppTheme::withContrast(palette.color(QPalette::Active, QPalette::HighlightedText), highlight, 4.5));
        } else { // a tint of the selection's colour: apart from the amber of captured values, and still readable
            mark.format.setBackground(others);
            mark.format.setForeground(AppTheme::withContrast(text, others, 7.0));
        }
        marks << mark;
    }
    m_text.mark(marks);
    if (!current.isNull())
        m_text.setCursor(current);
}

QString FindBar::countText() const
{
    if (m_field->text().isEmpty())
        return {};
    if (m_matches.isEmpty())
        return tr("No matches");
    if (m_capped)
        return tr("%1 of more than %2 matches").arg(QString::number(m_current + 1), QLocale().toString(kMaxMatches));
    return tr("%1 of %n match(es)", nullptr, int(m_matches.size())).arg(m_current + 1);
}

void FindBar::showCount()
{
    const QString text = countText();
    m_count->setText(text);
    // Read with the field, where the screen reader's focus is while typing.
    m_field->setAccessibleDescription(text);
    m_previous->setEnabled(!m_matches.isEmpty());
    m_next->setEnabled(!m_matches.isEmpty());
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) // from the buttons too
        close();
    else
        QWidget::keyPressEvent(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers() & Qt::ShiftModifier ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
