// Allocation support for the generated parser (PlanParser.g4's contextSuperClass) and the
// scanner's tokens. Compiled as C++17 with the generated code and as C++20 with the rest.
//
// ANTLR 4.9 allocates every rule context (and the scanner every token) with its own `new`
// and frees them all when the parse is dropped: for a plan that is thousands of same-sized
// blocks per file, a large part of a check's time in malloc and free. BlockPool keeps freed
// blocks of one size on a per-thread free list and hands them out again, so after the first
// plan a parse allocates almost nothing for them.
#pragma once

#include <cstddef>
#include <new>

#include "antlr4-runtime.h"

#if defined(__SANITIZE_ADDRESS__)
#define PLANLINT_BLOCK_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PLANLINT_BLOCK_POOL 0
#endif
#endif
#ifndef PLANLINT_BLOCK_POOL
#define PLANLINT_BLOCK_POOL 1  // off under AddressSanitizer, so it still sees every block's life
#endif

namespace planlint::grammar {

// A per-thread free list of blocks of `Size` bytes. Blocks beyond `kKeep` go back to the
// heap, so an idle thread holds at most kKeep * Size bytes; all are freed at thread exit.
template <std::size_t Size>
class BlockPool {
 public:
  static void* allocate(std::size_t n) {
    if (!PLANLINT_BLOCK_POOL || n > Size || exited()) return ::operator new(n);
    List& list = local();
    if (list.head == nullptr) return ::operator new(Size);
    Node* node = list.head;
    list.head = node->next;
    --list.count;
    return node;
  }

  static void release(void* p, std::size_t n) noexcept {
    if (p == nullptr) return;
    if (!PLANLINT_BLOCK_POOL || n > Size || exited()) {
      ::operator delete(p);
      return;
    }
    List& list = local();
    if (list.count >= kKeep) {
      ::operator delete(p);
      return;
    }
    list.head = new (p) Node{list.head};
    ++list.count;
  }

 private:
  static_assert(Size >= sizeof(void*), "a block must hold the free-list link");
  static constexpr std::size_t kKeep = 8192;

  struct Node {
    Node* next;
  };
  struct List {
    Node* head = nullptr;
    std::size_t count = 0;
    List() = default;
    List(const List&) = delete;
    List& operator=(const List&) = delete;
    ~List() {
      exited() = true;  // blocks released later on this thread (other thread_locals) go to the heap
      while (head != nullptr) {
        Node* next = head->next;
        ::operator delete(head);
        head = next;
      }
    }
  };

  static List& local() {
    thread_local List list;
    return list;
  }
  static bool& exited() {
    thread_local bool flag = false;  // trivially destructible: valid throughout thread exit
    return flag;
  }
};

// The base class of every generated rule context (PlanParser.g4: contextSuperClass).
class PlanRuleContext : public antlr4::ParserRuleContext {
 public:
  PlanRuleContext(antlr4::ParserRuleContext* parent, std::size_t invoking_state)
      : antlr4::ParserRuleContext(parent, invoking_state) {
    // Most constructs have 2-4 children (KEY VALUE NL, CONT NL, ...): one allocation
    // instead of the vector growing 1, 2, 4.
    children.reserve(4);
  }

  // The generated contexts add no members, so every context fits one block size.
  static void* operator new(std::size_t n) { return Pool::allocate(n); }
  static void operator delete(void* p, std::size_t n) noexcept { Pool::release(p, n); }

 private:
  using Pool = BlockPool<sizeof(antlr4::ParserRuleContext) + 16>;
};

}  // namespace planlint::grammar
