// A transaction guard: everything between its construction and commit() happens wholly or not
// at all. Leaving the scope without commit() rolls back.
#pragma once

#include "WorkspaceStore.h"

namespace gp::store {

class Transaction {
public:
    enum class Kind { Write, Read };

    explicit Transaction(WorkspaceStore& store, Kind kind = Kind::Write) : store_(store) {
        kind == Kind::Write ? store_.beginWrite() : store_.beginRead();
    }
    ~Transaction() {
        if (open_) {
            store_.rollback();
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit() {
        store_.commit();
        open_ = false;
    }

private:
    WorkspaceStore& store_;
    bool open_ = true;
};

} // namespace gp::store
