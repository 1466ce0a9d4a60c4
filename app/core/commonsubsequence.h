#pragma once

#include <QtGlobal>

#include <algorithm>
#include <utility>
#include <vector>

// Index pairs of a longest common subsequence of two key lists (keyA(i) for i < n, keyB(j)
// for j < m). Common ends are matched first; what remains is compared in full only while that
// stays small (else it counts as all different).
template<class KeyA, class KeyB>
std::vector<std::pair<int, int>> commonSubsequence(int n, int m, KeyA keyA, KeyB keyB)
{
    std::vector<std::pair<int, int>> pairs;
    int start = 0;
    while (start < n && start < m && keyA(start) == keyB(start)) {
        pairs.emplace_back(start, start);
        ++start;
    }
    int endA = n, endB = m;
    std::vector<std::pair<int, int>> tail;
    while (endA > start && endB > start && keyA(endA - 1) == keyB(endB - 1)) {
        --endA;
        --endB;
        tail.emplace_back(endA, endB);
    }
    const int rows = endA - start, columns = endB - start;
    if (rows > 0 && columns > 0 && qint64(rows) * columns <= 4'000'000) {
        // lengths[i][j]: the common length of a[start+i…] and b[start+j…].
        std::vector<int> lengths(size_t(rows + 1) * size_t(columns + 1), 0);
        const auto at = [&](int i, int j) -> int & {
            return lengths[size_t(i) * size_t(columns + 1) + size_t(j)];
        };
        for (int i = rows - 1; i >= 0; --i) {
            for (int j = columns - 1; j >= 0; --j) {
                at(i, j) = keyA(start + i) == keyB(start + j)
                    ? at(i + 1, j + 1) + 1
                    : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        for (int i = 0, j = 0; i < rows && j < columns;) {
            if (keyA(start + i) == keyB(start + j)) {
                pairs.emplace_back(start + i, start + j);
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    pairs.insert(pairs.end(), tail.rbegin(), tail.rend());
    return pairs;
}
