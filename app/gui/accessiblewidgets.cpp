// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "accessiblewidgets.h"

#include "accessibleitemviews.h"
#include "accessibletabbar.h"

#include <QAccessibleWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>

namespace {

struct DocumentLink
{
    QString label;
    QString href;
    int position = 0; // in the document
};

QList<DocumentLink> linksOf(const QTextDocument *document)
{
    QList<DocumentLink> out;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isAnchor() || f.charFormat().anchorHref().isEmpty())
                continue;
            if (!out.isEmpty() && out.last().href == f.charFormat().anchorHref() &&
                out.last().position + out.last().label.size() == f.position()) {
                out.last().label += f.text(); // one link split in fragments by formatting
                continue;
            }
            out.append({f.text(), f.charFormat().anchorHref(), f.position()});
        }
    }
    return out;
}

class LinkAccessible;

// The browser: a read-only document with text and link children.
class BrowserAccessible final : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit BrowserAccessible(RemediationBrowser *browser) : QAccessibleWidget(browser, QAccessible::Document) {}
    ~BrowserAccessible() override { dropLinks(); }

    RemediationBrowser *browser() const { return static_cast<RemediationBrowser *>(widget()); }

    void *interface_cast(QAccessible::InterfaceType t) override
    {
        if (t == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        return QAccessibleWidget::interface_cast(t);
    }
    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.readOnly = true;
        s.multiLine = true;
        return s;
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return readable();
        return QAccessibleWidget::text(t);
    }
    int childCount() const override { return QAccessibleWidget::childCount() + int(links().size()); }
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;

    // QAccessibleTextInterface, over the readable text. Nothing is selectable from here: the view is read only.
    void selection(int, int *startOffset, int *endOffset) const override { *startOffset = *endOffset = 0; }
    int selectionCount() const override { return 0; }
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    int cursorPosition() const override { return 0; }
    void setCursorPosition(int) override {}
    QString text(int startOffset, int endOffset) const override
    {
        return readable().mid(startOffset, qMax(0, endOffset - startOffset));
    }
    int characterCount() const override { return int(readable().size()); }
    QRect characterRect(int) const override { return {}; }
    int offsetAtPoint(const QPoint &) const override { return -1; }
    void scrollToSubstring(int, int) override {}
    QString attributes(int, int *startOffset, int *endOffset) const override
    {
        *startOffset = 0;
        *endOffset = characterCount();
        return {};
    }

private:
    QString readable() const
    {
        if (m_textRevision != browser()->document()->revision() || m_text.isNull()) {
            m_text = AccessibleWidgets::readableText(browser()->document());
            m_textRevision = browser()->document()->revision();
        }
        return m_text;
    }
    QList<LinkAccessible *> links() const;
    void dropLinks() const;

    mutable QString m_text;
    mutable int m_textRevision = -1;
    mutable QList<QAccessible::Id> m_links; // registered: the registry owns them
    mutable int m_linksRevision = -1;
};

// One link of the document: found by its label, pressed like a button.
class LinkAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    LinkAccessible(RemediationBrowser *browser, DocumentLink link) : m_browser(browser), m_link(std::move(link)) {}

    bool isValid() const override { return !m_browser.isNull(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_browser ? m_browser->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_browser); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return m_link.label.trimmed();
        if (t == QAccessible::Description || t == QAccessible::Value)
            return m_link.href;
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!m_browser)
            return {};
        QTextCursor c(m_browser->document());
        c.setPosition(m_link.position);
        const QRect r = m_browser->cursorRect(c);
        return QRect(m_browser->viewport()->mapToGlobal(r.topLeft()),
                     QSize(m_browser->fontMetrics().horizontalAdvance(m_link.label), r.height()));
    }
    QAccessible::Role role() const override { return QAccessible::Link; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.linked = true;
        s.invisible = !m_browser || !m_browser->isVisible();
        const QTextCursor c = m_browser ? m_browser->textCursor() : QTextCursor();
        s.focused = m_browser && m_browser->hasFocus() && c.hasSelection() && c.selectionStart() <= m_link.position &&
                    m_link.position < c.selectionEnd();
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType t) override
    {
        return t == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }
    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (name == pressAction() && m_browser)
            emit m_browser->anchorClicked(QUrl(m_link.href));
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QPointer<RemediationBrowser> m_browser;
    DocumentLink m_link;
};

QList<LinkAccessible *> BrowserAccessible::links() const
{
    const int revision = browser()->document()->revision();
    if (revision != m_linksRevision) {
        dropLinks();
        for (const DocumentLink &l : linksOf(browser()->document()))
            m_links.append(QAccessible::registerAccessibleInterface(new LinkAccessible(browser(), l)));
        m_linksRevision = revision;
    }
    QList<LinkAccessible *> out;
    for (const QAccessible::Id id : std::as_const(m_links)) {
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(id))
            out.append(static_cast<LinkAccessible *>(iface));
    }
    return out;
}

void BrowserAccessible::dropLinks() const
{
    for (const QAccessible::Id id : std::as_const(m_links)) {
        if (QAccessible::accessibleInterface(id)) // not already gone with the registry
            QAccessible::deleteAccessibleInterface(id);
    }
    m_links.clear();
}

QAccessibleInterface *BrowserAccessible::child(int index) const
{
    const int own = QAccessibleWidget::childCount();
    if (index < own)
        return QAccessibleWidget::child(index);
    const QList<LinkAccessible *> all = links();
    const int link = index - own;
    return link < all.size() ? all.at(link) : nullptr;
}

int BrowserAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const qsizetype link = links().indexOf(const_cast<LinkAccessible *>(static_cast<const LinkAccessible *>(child)));
    if (child && child->role() == QAccessible::Link && link >= 0)
        return QAccessibleWidget::childCount() + int(link);
    return QAccessibleWidget::indexOfChild(child);
}

QString labelOf(const QWidget *w)
{
    // The visible label whose buddy this is, without its mnemonic marker and colon.
    for (const QLabel *l : w->window()->findChildren<QLabel *>()) {
        if (l->buddy() == w)
            return QString(l->text()).remove(QLatin1Char('&')).remove(QRegularExpression(QStringLiteral(":\\s*$")));
    }
    return {};
}

class ComboAccessible final : public QAccessibleWidget
{
public:
    explicit ComboAccessible(LabelledComboBox *combo) : QAccessibleWidget(combo, QAccessible::ComboBox)
    {
        addControllingSignal(QStringLiteral("activated(int)"));
    }
    QComboBox *combo() const { return static_cast<QComboBox *>(widget()); }
    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.editable = combo()->isEditable();
        if (combo()->isEditable())
            s.focused = false; // its line edit, the focus widget, says so: one focused object, not two
        return s;
    }
    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name: {
            const QString name = combo()->accessibleName();
            return name.isEmpty() ? labelOf(combo()) : name;
        }
        case QAccessible::Value:
            return combo()->currentText();
        default:
            return QAccessibleWidget::text(t);
        }
    }
    QStringList actionNames() const override
    {
        return QStringList{showMenuAction()} << QAccessibleWidget::actionNames();
    }
    void doAction(const QString &name) override
    {
        if (name == showMenuAction())
            combo()->showPopup();
        else
            QAccessibleWidget::doAction(name);
    }
};

class SplitButtonAccessible final : public QAccessibleWidget
{
public:
    explicit SplitButtonAccessible(SplitButton *button) : QAccessibleWidget(button, QAccessible::ButtonMenu) {}
    SplitButton *button() const { return static_cast<SplitButton *>(widget()); }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && button()->accessibleName().isEmpty())
            return QString(button()->text()).remove(QLatin1Char('&'));
        return QAccessibleWidget::text(t);
    }
    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.hasPopup = true;
        s.pressed = button()->isDown();
        return s;
    }
    QStringList actionNames() const override
    {
        if (!button()->isEnabled())
            return {};
        return {pressAction(), showMenuAction()};
    }
    void doAction(const QString &name) override
    {
        if (!button()->isEnabled())
            return;
        if (name == pressAction())
            button()->click();
        else if (name == showMenuAction())
            QMetaObject::invokeMethod(button(), &QToolButton::showMenu, Qt::QueuedConnection); // it runs a loop
    }
};

// A scroll area's viewport passes its focus to the area: the area is the one focused object, not both.
class ViewportAccessible final : public QAccessibleWidget
{
public:
    explicit ViewportAccessible(QWidget *viewport) : QAccessibleWidget(viewport, QAccessible::Client) {}
    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.focused = false;
        s.focusable = false;
        return s;
    }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("QWidget") && object->objectName() == QLatin1String("qt_scrollarea_viewport") &&
        object->isWidgetType() && static_cast<QWidget *>(object)->focusProxy())
        return new ViewportAccessible(static_cast<QWidget *>(object));
    if (className == QLatin1String("SplitButton"))
        return new SplitButtonAccessible(static_cast<SplitButton *>(object));
    if (className == QLatin1String("RemediationBrowser"))
        return new BrowserAccessible(static_cast<RemediationBrowser *>(object));
    if (className == QLatin1String("LabelledComboBox"))
        return new ComboAccessible(static_cast<LabelledComboBox *>(object));
    if (QAccessibleInterface *tabs = AccessibleTabBar::create(className, object))
        return tabs;
    return AccessibleItemViews::create(className, object);
}

} // namespace

RemediationBrowser::RemediationBrowser(QWidget *parent) : QTextBrowser(parent)
{
    AccessibleWidgets::install();
}

RemediationBrowser::~RemediationBrowser() = default;

QMimeData *RemediationBrowser::createMimeDataFromSelection() const
{
    // What is copied reads as shown, without the word joiners that keep values on one line.
    auto *mime = new QMimeData;
    mime->setText(textCursor().selection().toPlainText().remove(QChar(0x2060)));
    return mime;
}

SplitButton::SplitButton(QWidget *parent) : QToolButton(parent)
{
    AccessibleWidgets::install();
    setPopupMode(QToolButton::MenuButtonPopup);
}

SplitButton::~SplitButton() = default;

void SplitButton::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers others = event->modifiers() & ~(Qt::AltModifier | Qt::KeypadModifier);
    if (event->key() == Qt::Key_Down && others == Qt::NoModifier && menu()) {
        showMenu();
        return;
    }
    QToolButton::keyPressEvent(event);
}

LabelledComboBox::LabelledComboBox(QWidget *parent) : QComboBox(parent)
{
    AccessibleWidgets::install();
}

LabelledComboBox::~LabelledComboBox() = default;

namespace AccessibleWidgets {

void install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed)
}

QString readableText(const QTextDocument *document)
{
    QStringList lines;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        QString line = b.text();
        line.replace(QChar::LineSeparator, u'\n').remove(QChar(0xfdd0)).remove(QChar(0xfdd1));
        line.replace(QChar::Nbsp, u' ').remove(QChar(0x2060)); // word joiners keep values whole, unheard
        if (const QTextList *list = b.textList())
            line.prepend(list->itemText(b) + u' ');
        if (!line.trimmed().isEmpty())
            lines << line;
    }
    return lines.join(u'\n');
}

} // namespace AccessibleWidgets
