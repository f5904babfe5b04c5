// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>
#include <QTextBrowser>
#include <QToolButton>

class QTextDocument;

// The remediation text as a screen reader should meet it: a read-only document whose text reads as it looks
// (step numbers included, no frame or line-separator characters) and whose links are children that can be found
// and pressed. The widget itself lets Tab walk the links and Enter open them.
class RemediationBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemediationBrowser)

public:
    explicit RemediationBrowser(QWidget *parent = nullptr);
    ~RemediationBrowser() override;

protected:
    QMimeData *createMimeDataFromSelection() const override;
};

// A combo box named by the label beside it, as every other control is (on Linux Qt names a combo by its
// current value, which a screen reader then reads twice and never says what the box is for).
class LabelledComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelledComboBox)

public:
    explicit LabelledComboBox(QWidget *parent = nullptr);
    ~LabelledComboBox() override;
};

// A button with a menu beside it (Copy reply | formats): pressed by Space or a screen reader's Press, its menu
// opened by Down or Alt+Down as a combo box's is, or by the screen reader's Show menu.
class SplitButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SplitButton)

public:
    explicit SplitButton(QWidget *parent = nullptr);
    ~SplitButton() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

namespace AccessibleWidgets {

// Installs the accessibility factory for the widgets above (once; later calls do nothing).
void install();

// The document's text as it reads: list items numbered, a line per block, U+2028 as a line break, and none of
// the frame markers (U+FDD0, U+FDD1) QTextDocument keeps in its raw text.
QString readableText(const QTextDocument *document);

} // namespace AccessibleWidgets
