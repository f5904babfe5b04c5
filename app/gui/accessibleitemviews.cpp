// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "accessibleitemviews.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QHeaderView>
#include <QListView>
#include <QPointer>
#include <QTreeView>

namespace {

// The header, when the view shows one: its sections are the first row of children.
QHeaderView *shownHeader(const QAbstractItemView *view)
{
    const auto *tree = qobject_cast<const QTreeView *>(view);
    return tree && !tree->header()->isHidden() ? tree->header() : nullptr;
}

// The view's viewport on screen: a cell outside it is not shown.
QRect viewportOnScreen(const QAbstractItemView *view)
{
    return QRect(view->viewport()->mapToGlobal(QPoint(0, 0)), view->viewport()->size());
}

// One cell of a row, or one section of the header (an invalid index and a section of 0 or more).
class CellAccessible final : public QAccessibleInterface
{
public:
    CellAccessible(QAbstractItemView *view, const QModelIndex &index, QAccessible::Role role)
        : m_view(view), m_index(index), m_role(role)
    {}
    CellAccessible(QAbstractItemView *view, int section)
        : m_view(view), m_section(section), m_role(QAccessible::ColumnHeader)
    {}

    const QPersistentModelIndex &index() const { return m_index; }
    int section() const { return m_section; }

    bool isValid() const override
    {
        if (!m_view || !m_view->model())
            return false;
        return m_section >= 0 ? m_section < m_view->model()->columnCount(m_view->rootIndex()) : m_index.isValid();
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return m_role; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (m_section >= 0)
            return t == QAccessible::Name
                       ? m_view->model()->headerData(m_section, Qt::Horizontal, Qt::DisplayRole).toString()
                       : QString();
        if (t == QAccessible::Description)
            return m_index.data(Qt::AccessibleDescriptionRole).toString();
        if (t != QAccessible::Name)
            return {};
        const QString spoken = m_index.data(Qt::AccessibleTextRole).toString();
        return spoken.isEmpty() ? m_index.data(Qt::DisplayRole).toString() : spoken;
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        if (m_section >= 0) {
            const QHeaderView *header = shownHeader(m_view);
            if (!header)
                return {};
            const QRect r(header->sectionViewportPosition(m_section), 0, header->sectionSize(m_section),
                          header->height());
            return r.translated(header->viewport()->mapToGlobal(QPoint(0, 0)));
        }
        const QRect r = m_view->visualRect(m_index);
        return r.isNull() ? r : r.translated(m_view->viewport()->mapToGlobal(QPoint(0, 0)));
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid())
            return s;
        if (!viewportOnScreen(m_view).intersects(rect()) && m_section < 0)
            s.invisible = true;
        if (m_section >= 0)
            return s;
        const Qt::ItemFlags flags = m_index.flags();
        s.selectable = (flags & Qt::ItemIsSelectable) && m_view->selectionMode() != QAbstractItemView::NoSelection;
        s.focusable = true;
        s.selected = m_view->selectionModel() && m_view->selectionModel()->isSelected(m_index);
        // The one rule of this file: the current cell is focused only while its view has the focus.
        s.focused = m_view->hasFocus() && m_view->currentIndex() == m_index;
        if (flags & Qt::ItemIsUserCheckable) {
            s.checkable = true;
            s.checked = m_index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        }
        if (const auto *tree = qobject_cast<const QTreeView *>(m_view); tree && m_index.column() == 0) {
            s.expandable = m_index.model()->hasChildren(m_index);
            s.expanded = s.expandable && tree->isExpanded(m_index);
            s.collapsed = s.expandable && !s.expanded;
        }
        return s;
    }

private:
    QPointer<QAbstractItemView> m_view;
    QPersistentModelIndex m_index;
    int m_section = -1;
    QAccessible::Role m_role;
};

// The view: its children are the header's sections, then each shown row's cells, row by row (a list's rows have
// one cell each). Cells are made when asked for and forgotten when the model changes its rows or columns.
class ViewAccessible final : public QAccessibleWidget
{
public:
    ViewAccessible(QAbstractItemView *view, QAccessible::Role role, QAccessible::Role cellRole)
        : QAccessibleWidget(view, role), m_cellRole(cellRole)
    {}
    ~ViewAccessible() override
    {
        unwatch();
        forgetCells();
    }

    QAbstractItemView *view() const { return static_cast<QAbstractItemView *>(widget()); }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        if (s.focused && rowOf(view()->currentIndex()) >= 0)
            s.focused = false; // its current cell says so: one focused object, not two
        return s;
    }
    int childCount() const override { return (int(rows().size()) + headerRows()) * columns(); }
    QAccessibleInterface *child(int index) const override
    {
        const int columnCount = columns();
        if (index < 0 || columnCount == 0 || index >= childCount())
            return nullptr;
        const int row = index / columnCount - headerRows();
        const int column = index % columnCount;
        if (row < 0)
            return headerCell(column);
        const QModelIndex first = rows().at(row);
        return cellFor(qobject_cast<const QTreeView *>(view()) ? first.siblingAtColumn(column) : first);
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *cell = dynamic_cast<const CellAccessible *>(child);
        if (!cell || cell->parent() != this)
            return -1;
        if (cell->section() >= 0)
            return cell->section();
        const int row = rowOf(cell->index());
        const int column = qobject_cast<const QTreeView *>(view()) ? cell->index().column() : 0;
        return row < 0 ? -1 : (row + headerRows()) * columns() + column;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        if (const QHeaderView *header = shownHeader(view())) {
            const QPoint p = header->viewport()->mapFromGlobal(QPoint(x, y));
            if (header->viewport()->rect().contains(p))
                return headerCell(header->logicalIndexAt(p));
        }
        const QModelIndex index = view()->indexAt(view()->viewport()->mapFromGlobal(QPoint(x, y)));
        return index.isValid() ? cellFor(index) : nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        const QModelIndex current = view()->currentIndex();
        return view()->hasFocus() && rowOf(current) >= 0 ? cellFor(current) : nullptr;
    }

private:
    int headerRows() const { return shownHeader(view()) ? 1 : 0; }
    int columns() const
    {
        const QAbstractItemModel *model = view()->model();
        if (!model)
            return 0;
        return qobject_cast<const QTreeView *>(view()) ? model->columnCount(view()->rootIndex()) : 1;
    }
    // The rows shown, top to bottom: a tree's expanded rows, a list's rows not hidden.
    QList<QModelIndex> rows() const
    {
        QList<QModelIndex> out;
        const QAbstractItemModel *model = view()->model();
        if (!model)
            return out;
        const QModelIndex root = view()->rootIndex();
        if (const auto *tree = qobject_cast<const QTreeView *>(view())) {
            int first = 0;
            while (first < model->rowCount(root) && tree->isRowHidden(first, root))
                ++first;
            for (QModelIndex i = model->index(first, 0, root); i.isValid(); i = tree->indexBelow(i))
                out << i;
        } else if (const auto *list = qobject_cast<const QListView *>(view())) {
            for (int r = 0; r < model->rowCount(root); ++r) {
                if (!list->isRowHidden(r))
                    out << model->index(r, list->modelColumn(), root);
            }
        }
        return out;
    }
    int rowOf(const QModelIndex &index) const
    {
        if (!index.isValid())
            return -1;
        const QModelIndex first = qobject_cast<const QTreeView *>(view()) ? index.siblingAtColumn(0) : index;
        return int(rows().indexOf(first));
    }

    QAccessibleInterface *cellFor(const QModelIndex &index) const
    {
        watch();
        if (const auto it = m_cells.constFind(index); it != m_cells.cend())
            return QAccessible::accessibleInterface(*it);
        auto *cell = new CellAccessible(view(), index, m_cellRole);
        m_cells.insert(index, QAccessible::registerAccessibleInterface(cell));
        return cell;
    }
    QAccessibleInterface *headerCell(int section) const
    {
        watch();
        if (section < 0)
            return nullptr;
        if (const auto it = m_headers.constFind(section); it != m_headers.cend())
            return QAccessible::accessibleInterface(*it);
        auto *cell = new CellAccessible(view(), section);
        m_headers.insert(section, QAccessible::registerAccessibleInterface(cell));
        return cell;
    }

    // Cells are kept by model index: any change of rows, columns or their order forgets them all.
    void watch() const
    {
        if (m_model == view()->model() && !m_watching.isEmpty())
            return;
        unwatch();
        forgetCells();
        m_model = view()->model();
        if (!m_model)
            return;
        const auto forget = [this] { forgetCells(); };
        QAbstractItemModel *model = m_model.data();
        QAbstractItemView *context = view();
        m_watching = {
            QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, context, forget),
            QObject::connect(model, &QAbstractItemModel::layoutAboutToBeChanged, context, forget),
            QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, context, forget),
            QObject::connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, context, forget),
            QObject::connect(model, &QAbstractItemModel::rowsAboutToBeMoved, context, forget),
            QObject::connect(model, &QAbstractItemModel::columnsAboutToBeInserted, context, forget),
            QObject::connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, context, forget),
            QObject::connect(model, &QAbstractItemModel::columnsAboutToBeMoved, context, forget),
        };
    }
    void unwatch() const
    {
        for (const QMetaObject::Connection &c : std::as_const(m_watching))
            QObject::disconnect(c);
        m_watching.clear();
    }
    void forgetCells() const
    {
        for (const QAccessible::Id id : std::as_const(m_cells))
            QAccessible::deleteAccessibleInterface(id);
        for (const QAccessible::Id id : std::as_const(m_headers))
            QAccessible::deleteAccessibleInterface(id);
        m_cells.clear();
        m_headers.clear();
    }

    QAccessible::Role m_cellRole;
    mutable QPointer<QAbstractItemModel> m_model;
    mutable QList<QMetaObject::Connection> m_watching;
    mutable QHash<QModelIndex, QAccessible::Id> m_cells;
    mutable QHash<int, QAccessible::Id> m_headers;
};

} // namespace

namespace AccessibleItemViews {

QAccessibleInterface *create(const QString &className, QObject *object)
{
    if (className == QLatin1String("QTreeView"))
        return new ViewAccessible(static_cast<QTreeView *>(object), QAccessible::Tree, QAccessible::TreeItem);
    if (className == QLatin1String("QListView"))
        return new ViewAccessible(static_cast<QListView *>(object), QAccessible::List, QAccessible::ListItem);
    return nullptr;
}

} // namespace AccessibleItemViews
