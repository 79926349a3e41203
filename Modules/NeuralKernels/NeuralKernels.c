#include "NeuralKernels.h"

// A plain loop: what a CPU without AVX2 and FMA runs (the compiler vectorizes it for SSE2/NEON).
static void multiply_add_portable(const float *x, long count, const float *columns, long stride, float *out) {
    for (long i = 0; i < count; i++) {
        const float scale = x[i];
        const float *column = columns + i * stride;
        for (long j = 0; j < stride; j++) out[j] += scale * column[j];
    }
}

#if defined(__x86_64__)
#include <immintrin.h>

// 64 outputs at a time in eight registers (enough independent sums to hide FMA's latency),
// then 16 at a time for the rest.
__attribute__((target("avx2,fma")))
static void multiply_add_avx2(const float *x, long count, const float *columns, long stride, float *out) {
    long j = 0;
    for (; j + 64 <= stride; j += 64) {
        __m256 a0 = _mm256_loadu_ps(out + j), a1 = _mm256_loadu_ps(out + j + 8);
        __m256 a2 = _mm256_loadu_ps(out + j + 16), a3 = _mm256_loadu_ps(out + j + 24);
        __m256 a4 = _mm256_loadu_ps(out + j + 32), a5 = _mm256_loadu_ps(out + j + 40);
        __m256 a6 = _mm256_loadu_ps(out + j + 48), a7 = _mm256_loadu_ps(out + j + 56);
        const float *column = columns + j;
        for (long i = 0; i < count; i++, column += stride) {
            const __m256 s = _mm256_broadcast_ss(x + i);
            a0 = _mm256_fmadd_ps(s, _mm256_loadu_ps(column), a0);
            a1 = _mm256_fmadd_ps(s, _mm256_loadu_ps(column + 8), a1);
            a2 = _mm256_fmadd_ps(s, _mm256_loadu_ps(column + 16), a2);
            a3 = _mm256_fmadd_ps(s, _mm256_loadu_ps(column + 24), a3);
            a4 = _mm256_fmadd_ps(s, _mm256_loadu_ps(column + 32), a4);
            a5 = _mm256_fmadd_ps(s, _mm256_loadu_ps(column + 40), a5);
            a6 = _mm256_fmadd_ps(s, _mm256_loadu_ps(column + 48), a6);
            a7 = _mm256_fmadd_ps(s, _mm256_loadu_ps(column + 56), a7);
        }
        _mm256_storeu_ps(out + j, a0); _mm256_storeu_ps(out + j + 8, a1);
        _mm256_storeu_ps(out + j + 16, a2); _mm256_storeu_ps(out + j + 24, a3);
        _mm256_storeu_ps(out + j + 32, a4); _mm256_storeu_ps(out + j + 40, a5);
        _mm256_storeu_ps(out + j + 48, a6); _mm256_storeu_ps(out + j + 56, a7);
    }
    for (; j + 16 <= stride; j += 16) {
        __m256 a0 = _mm256_loadu_ps(out + j), a1 = _mm256_loadu_ps(out + j + 8);
        const float *column = columns + j;
        for (long i = 0; i < count; i++, column += stride) {
            const __m256 s = _mm256_broadcast_ss(x + i);
            a0 = _mm256_fmadd_ps(s, _mm256_loadu_ps(column), a0);
            a1 = _mm256_fmadd_ps(s, _mm256_loadu_ps(column + 8), a1);
        }
        _mm256_storeu_ps(out + j, a0); _mm256_storeu_ps(out + j + 8, a1);
    }
}

static int cpu_has_avx2_fma(void) {
    static int known = -1;  // a benign race: every thread computes the same answer
    if (known < 0) known = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return known;
}
#endif

void byline_columns_multiply_add(const float *x, long count, const float *columns, long stride, float *out) {
#if defined(__x86_64__)
    if (cpu_has_avx2_fma()) {
        multiply_add_avx2(x, count, columns, stride, out);
        return;
    }
#endif
    multiply_add_portable(x, count, columns, stride, out);
}
