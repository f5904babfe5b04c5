// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Contrast as a person sees it: widgets are rendered in the light and dark themes and the WCAG ratio is computed
// from the pixels, text against its background (4.5:1) and a control's outline and state against the window (3:1).
#include "appstyle.h"
#include "apptheme.h"
#include "confidencedelegate.h"
#include "roles.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QStyleOptionButton>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// The highest contrast any pixel in area reaches against background: the core of a glyph or of a line.
double strongest(const QImage &image, const QRect &area, const QColor &background)
{
    double best = 1.0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            best = qMax(best, AppTheme::contrast(image.pixelColor(x, y), background));
    }
    return best;
}

// The outline's weakest side: each side's band (two pixels inward) holds a pixel at this contrast or more.
double weakestSide(const QImage &image, const QRect &r, const QColor &background)
{
    const QList<QRect> sides{
        QRect(r.left(), r.top() + 3, 2, r.height() - 6), QRect(r.right() - 1, r.top() + 3, 2, r.height() - 6),
        QRect(r.left() + 3, r.top(), r.width() - 6, 2), QRect(r.left() + 3, r.bottom() - 1, r.width() - 6, 2)};
    double weakest = 21.0;
    for (const QRect &side : sides)
        weakest = qMin(weakest, strongest(image, side, background));
    return weakest;
}

// A round outline's weakest side, read where the circle meets its box: the middle of each side.
double weakestMiddle(const QImage &image, const QRect &r, const QColor &background)
{
    const QPoint c = r.center();
    const QList<QRect> sides{QRect(r.left(), c.y() - 1, 2, 3), QRect(r.right() - 1, c.y() - 1, 2, 3),
                             QRect(c.x() - 1, r.top(), 3, 2), QRect(c.x() - 1, r.bottom() - 1, 3, 2)};
    double weakest = 21.0;
    for (const QRect &side : sides)
        weakest = qMin(weakest, strongest(image, side, background));
    return weakest;
}

// The colour most pixels of area have: the background the text is drawn on.
QColor commonest(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            best = it.key();
            most = it.value();
        }
    }
    return QColor::fromRgb(best);
}

QString describe(const char *what, double ratio)
{
    return QStringLiteral("%1 at %2:1").arg(QLatin1String(what), QString::number(ratio, 'f', 2));
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

    // A window holding the widgets under test, with room around them so the window's colour shows.
    std::unique_ptr<QWidget> m_window;

    QWidget *host()
    {
        m_window = std::make_unique<QWidget>();
        m_window->resize(420, 260);
        auto *layout = new QVBoxLayout(m_window.get());
        layout->setContentsMargins(16, 16, 16, 16);
        layout->setSpacing(12);
        return m_window.get();
    }

    void showAndActivate()
    {
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    QImage rendered() const { return m_window->grab().toImage().convertToFormat(QImage::Format_RGB32); }
    QColor windowColor() const { return m_window->palette().color(QPalette::Window); }

private slots:
    void initTestCase() { QApplication::setStyle(new AppStyle); }

    void initTestCase_data()
    {
        QTest::addColumn<AppTheme::Theme>("theme");
        QTest::newRow("light") << AppTheme::Theme::Light;
        QTest::newRow("dark") << AppTheme::Theme::Dark;
    }
    void init()
    {
        QFETCH_GLOBAL(AppTheme::Theme, theme);
        AppTheme::apply(theme);
    }
    void cleanup() { m_window.reset(); }

    // "Add to the reply" and its like: the box's edge and its tick stand out, the label reads.
    void checkAndRadioBoxes()
    {
        QWidget *w = host();
        auto *unchecked = new QCheckBox(QStringLiteral("Add to the reply"), w);
        auto *checked = new QCheckBox(QStringLiteral("Update subscriptions at start-up"), w);
        checked->setChecked(true);
        auto *radio = new QRadioButton(QStringLiteral("Plain text"), w);
        for (QWidget *box : QList<QWidget *>{unchecked, checked, radio})
            w->layout()->addWidget(box);
        showAndActivate();
        const QImage image = rendered();
        for (QAbstractButton *box : QList<QAbstractButton *>{unchecked, checked, radio}) {
            QStyleOptionButton option;
            option.initFrom(box);
            const bool isRadio = box == radio;
            const QRect indicator =
                box->style()
                    ->subElementRect(isRadio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &option,
                                     box)
                    .translated(box->pos());
            const QRect label =
                box->style()
                    ->subElementRect(isRadio ? QStyle::SE_RadioButtonContents : QStyle::SE_CheckBoxContents, &option,
                                     box)
                    .translated(box->pos());
            const QString name = box->text();
            const double edge =
                isRadio ? weakestMiddle(image, indicator, windowColor()) : weakestSide(image, indicator, windowColor());
            QVERIFY2(edge >= 3.0, qPrintable(name + QStringLiteral(": edge ") + describe("", edge)));
            const double text = strongest(image, label, windowColor());
            QVERIFY2(text >= 4.5, qPrintable(name + QStringLiteral(": label ") + describe("", text)));
        }
        // The tick: inside the checked box, against the box's own fill.
        QStyleOptionButton option;
        option.initFrom(checked);
        const QRect inner = checked->style()
                                ->subElementRect(QStyle::SE_CheckBoxIndicator, &option, checked)
                                .translated(checked->pos())
                                .adjusted(3, 3, -3, -3);
        const QColor fill = image.pixelColor(inner.topLeft());
        const double tick = strongest(image, inner, fill);
        QVERIFY2(tick >= 3.0, qPrintable(describe("tick", tick)));
    }

    // Text fields, combo boxes and buttons: the outline against the window, the text against the field, the
    // outline of the focused field as well.
    void fieldsAndButtons()
    {
        QWidget *w = host();
        auto *filled = new QLineEdit(QStringLiteral("example.com"), w);
        auto *empty = new QLineEdit(w);
        empty->setPlaceholderText(QStringLiteral("Search history (codes, domains, messages)"));
        auto *combo = new QComboBox(w);
        combo->addItem(QStringLiteral("Markdown"));
        auto *button = new QPushButton(QStringLiteral("Copy reply"), w);
        for (QWidget *field : QList<QWidget *>{filled, empty, combo, button})
            w->layout()->addWidget(field);
        showAndActivate();
        for (QWidget *field : QList<QWidget *>{filled, empty, combo, button}) {
            const QImage image = rendered();
            const QRect frame = field->geometry();
            const QString name = QString::fromLatin1(field->metaObject()->className());
            const double edge = weakestSide(image, frame, windowColor());
            QVERIFY2(edge >= 3.0, qPrintable(name + QStringLiteral(" edge ") + describe("", edge)));
            const QRect inside = frame.adjusted(4, 4, -4, -4);
            const double text = strongest(image, inside, commonest(image, inside));
            QVERIFY2(text >= 4.5, qPrintable(name + QStringLiteral(" text ") + describe("", text)));
        }
        // The field with the focus is outlined in the focus colour, as clearly.
        filled->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(filled->hasFocus());
        const QImage image = rendered();
        const double focused = weakestSide(image, filled->geometry(), windowColor());
        QVERIFY2(focused >= 3.0, qPrintable(describe("focused field's edge", focused)));
    }

    // Every focusable widget shows the focus: between its rendering without and with the focus, at least a
    // ring's worth of pixels changes by 3:1 or more.
    void focusIsVisible()
    {
        QWidget *w = host();
        auto *browser = new QTextBrowser(w);
        browser->setPlainText(QStringLiteral("Check that site 0f9e8d7c belongs to the account."));
        auto *tree = new QTreeView(w);
        auto *model = new QStandardItemModel(3, 1, tree);
        tree->setModel(model);
        auto *field = new QLineEdit(QStringLiteral("example.com"), w);
        auto *box = new QCheckBox(QStringLiteral("Add to the reply"), w);
        auto *button = new QPushButton(QStringLiteral("Copy reply"), w);
        auto *combo = new QComboBox(w);
        combo->addItem(QStringLiteral("English"));
        const QList<QWidget *> widgets{browser, tree, field, box, button, combo};
        for (QWidget *widget : widgets)
            w->layout()->addWidget(widget);
        auto *parking = new QPushButton(QStringLiteral("elsewhere"), w); // holds the focus while not under test
        w->layout()->addWidget(parking);
        m_window->resize(420, 560);
        showAndActivate();
        for (QWidget *widget : widgets) {
            parking->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(parking->hasFocus());
            const QImage before = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
            widget->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(widget->hasFocus());
            const QImage after = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
            int changed = 0;
            for (int y = 0; y < before.height(); ++y) {
                for (int x = 0; x < before.width(); ++x)
                    changed += AppTheme::contrast(before.pixelColor(x, y), after.pixelColor(x, y)) >= 3.0 ? 1 : 0;
            }
            const int ring = 2 * qMin(widget->width(), widget->height());
            QVERIFY2(changed >= ring, qPrintable(QStringLiteral("%1: %2 pixels change, %3 needed")
                                                     .arg(QString::fromLatin1(widget->metaObject()->className()))
                                                     .arg(changed)
                                                     .arg(ring)));
        }
    }

    // The confidence column: "Likely 1.00" over its bar, on a selected row and on plain and alternate rows.
    void confidenceLabels()
    {
        QWidget *w = host();
        auto *view = new QTreeView(w);
        auto *model = new QStandardItemModel(0, 2, view);
        const QList<double> values{1.0, 0.5, 0.85, 0.2};
        for (const double value : values) {
            auto *summary = new QStandardItem(QStringLiteral("403 DOMAINS_SITE_NOT_PERMITTED"));
            auto *confidence = new QStandardItem(QStringLiteral("Likely %1").arg(value, 0, 'f', 2));
            confidence->setData(value, Roles::Confidence);
            model->appendRow({summary, confidence});
        }
        view->setModel(model);
        view->setRootIsDecorated(false);
        view->setAlternatingRowColors(true);
        view->setAllColumnsShowFocus(true);
        view->setItemDelegateForColumn(1, new ConfidenceDelegate(view));
        view->setColumnWidth(0, 220);
        view->setColumnWidth(1, 140);
        w->layout()->addWidget(view);
        showAndActivate();
        view->setFocus();
        view->setCurrentIndex(model->index(0, 0));
        QTRY_VERIFY(view->hasFocus());
        const QImage image = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        for (int row = 0; row < values.size(); ++row) {
            const QRect cell = view->visualRect(model->index(row, 1));
            const QRect band = ConfidenceDelegate::barBand(cell);
            const QRect textArea = cell.adjusted(0, 0, 0, -band.height());
            const QColor background = commonest(image, textArea);
            const double text = strongest(image, textArea, background);
            QVERIFY2(text >= 4.5, qPrintable(QStringLiteral("row %1 on %2: label ").arg(row).arg(background.name()) +
                                             describe("", text)));
            const double bar = strongest(image, band, background);
            QVERIFY2(bar >= 3.0, qPrintable(QStringLiteral("row %1: bar ").arg(row) + describe("", bar)));
        }
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
