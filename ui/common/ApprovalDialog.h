#pragma once

// Asks a supervisor for their operator number and PIN when an override needs approval, and
// checks them through core. Works from the keyboard: type, Enter, type, Enter.

#include "core/domain/Basket.h"

#include <QDialog>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace kassa::ui {

class ApprovalDialog : public QDialog {
    Q_OBJECT

public:
    using Approver = std::function<core::Result<core::Approval>(const QString& id, const QString& pin)>;

    ApprovalDialog(const QString& reason, Approver approver, QWidget* parent = nullptr);

    [[nodiscard]] const std::optional<core::Approval>& approval() const { return m_approval; }

    // Shows the dialog and returns the approval, or nothing when it was cancelled.
    static std::optional<core::Approval> ask(const QString& reason, Approver approver, QWidget* parent);

private:
    void tryApprove();

    Approver m_approver;
    QLineEdit* m_idEdit;
    QLineEdit* m_pinEdit;
    QLabel* m_messageLabel;
    std::optional<core::Approval> m_approval;
};

} // namespace kassa::ui
