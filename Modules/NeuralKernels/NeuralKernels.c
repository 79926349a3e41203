#include "NeuralKernels.h"

// A plain loop: what a CPU without AVX2 and FMA runs (the compiler vectorizes it for SSE2/NEON).
static void multiply_add_portable(const float *x, long count, const float *columns, long stride, float *out) {
    for (long i = 0; i < count; i++) {
        const float scale = x[i];
        const float *column = columns + i * stride;
        for (long j = 0; j < stride; j++) out[j] += scale * column[j];
    }
}

// tanh by the rational approximation Eigen uses for float (error below 1e-6 on the clamped
// range; beyond it tanh is ±1 in float), and the logistic function as (1 + tanh(x / 2)) / 2.
#define BYLINE_TANH_BOUND 7.99881172180175781f
static inline float tanh_portable(float value) {
    const float x = value < -BYLINE_TANH_BOUND ? -BYLINE_TANH_BOUND : value > BYLINE_TANH_BOUND ? BYLINE_TANH_BOUND : value;
    const float x2 = x * x;
    float p = x2 * -2.76076847742355e-16f + 2.00018790482477e-13f;
    p = x2 * p + -8.60467152213735e-11f;
    p = x2 * p + 5.12229709037114e-08f;
    p = x2 * p + 1.48572235717979e-05f;
    p = x2 * p + 6.37261928875436e-04f;
    p = x2 * p + 4.89352455891786e-03f;
    p = x * p;
    float q = x2 * 1.19825839466702e-06f + 1.18534705686654e-04f;
    q = x2 * q + 2.26843463243900e-03f;
    q = x2 * q + 4.89352518554385e-03f;
    return p / q;
}

static inline float sigmoid_portable(float x) { return 0.5f + 0.5f * tanh_portable(0.5f * x); }

// Units `from` to `hidden` (the vector loop leaves a remainder to it).
static void lstm_cell_portable(const float *sums, long hidden, long from, float *memory, float *state) {
    for (long j = from; j < hidden; j++) {
        const float input = sigmoid_portable(sums[j]), forget = sigmoid_portable(sums[hidden + j]);
        const float cell = tanh_portable(sums[2 * hidden + j]), output = sigmoid_portable(sums[3 * hidden + j]);
        memory[j] = forget * memory[j] + input * cell;
        state[j] = output * tanh_portable(memory[j]);
    }
}

#if defined(__x86_64__)
#include <immintrin.h>

__attribute__((target("avx2,fma")))
static inline __m256 tanh_avx2(__m256 value) {
    const __m256 x = _mm256_min_ps(_mm256_max_ps(value, _mm256_set1_ps(-BYLINE_TANH_BOUND)), _mm256_set1_ps(BYLINE_TANH_BOUND));
    const __m256 x2 = _mm256_mul_ps(x, x);
    __m256 p = _mm256_fmadd_ps(x2, _mm256_set1_ps(-2.76076847742355e-16f), _mm256_set1_ps(2.00018790482477e-13f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(-8.60467152213735e-11f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(5.12229709037114e-08f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(1.48572235717979e-05f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(6.37261928875436e-04f));
    p = _mm256_fmadd_ps(x2, p, _mm256_set1_ps(4.89352455891786e-03f));
    p = _mm256_mul_ps(x, p);
    __m256 q = _mm256_fmadd_ps(x2, _mm256_set1_ps(1.19825839466702e-06f), _mm256_set1_ps(1.18534705686654e-04f));
    q = _mm256_fmadd_ps(x2, q, _mm256_set1_ps(2.26843463243900e-03f));
    q = _mm256_fmadd_ps(x2, q, _mm256_set1_ps(4.89352518554385e-03f));
    return _mm256_div_ps(p, q);
}

__attribute__((target("avx2,fma")))
static inline __m256 sigmoid_avx2(__m256 x) {
    const __m256 half = _mm256_set1_ps(0.5f);
    return _mm256_fmadd_ps(half, tanh_avx2(_mm256_mul_ps(half, x)), half);
}

__attribute__((target("avx2,fma")))
static void lstm_cell_avx2(const float *sums, long hidden, float *memory, float *state) {
    long j = 0;
    for (; j + 8 <= hidden; j += 8) {
        const __m256 input = sigmoid_avx2(_mm256_loadu_ps(sums + j));
        const __m256 forget = sigmoid_avx2(_mm256_loadu_ps(sums + hidden + j));
        const __m256 cell = tanh_avx2(_mm256_loadu_ps(sums + 2 * hidden + j));
        const __m256 output = sigmoid_avx2(_mm256_loadu_ps(sums + 3 * hidden + j));
        const __m256 kept = _mm256_fmadd_ps(forget, _mm256_loadu_ps(memory + j), _mm256_mul_ps(input, cell));
        _mm256_storeu_ps(memory + j, kept);
        _mm256_storeu_ps(state + j, _mm256_mul_ps(output, tanh_avx2(kept)));
    }
    lstm_cell_portable(sums, hidden, j, memory, state);
}

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

// Four rows at once, 16 outputs at a time: each column block is loaded once for the four rows
// (a quarter of the cache traffic of four single rows, which is what bounds a wide layer),
// and the eight sums are independent. Each row's sums are added in the single-row order, so
// a row's result does not depend on the rows beside it.
__attribute__((target("avx2,fma")))
static void multiply_add_avx2_four_rows(const float *x, long x_stride, long count, const float *columns, long stride,
                                        float *out, long out_stride) {
    const float *x0 = x, *x1 = x + x_stride, *x2 = x + 2 * x_stride, *x3 = x + 3 * x_stride;
    float *o0 = out, *o1 = out + out_stride, *o2 = out + 2 * out_stride, *o3 = out + 3 * out_stride;
    for (long j = 0; j + 16 <= stride; j += 16) {
        __m256 a0 = _mm256_loadu_ps(o0 + j), b0 = _mm256_loadu_ps(o0 + j + 8);
        __m256 a1 = _mm256_loadu_ps(o1 + j), b1 = _mm256_loadu_ps(o1 + j + 8);
        __m256 a2 = _mm256_loadu_ps(o2 + j), b2 = _mm256_loadu_ps(o2 + j + 8);
        __m256 a3 = _mm256_loadu_ps(o3 + j), b3 = _mm256_loadu_ps(o3 + j + 8);
        const float *column = columns + j;
        for (long i = 0; i < count; i++, column += stride) {
            const __m256 low = _mm256_loadu_ps(column), high = _mm256_loadu_ps(column + 8);
            __m256 s = _mm256_broadcast_ss(x0 + i);
            a0 = _mm256_fmadd_ps(s, low, a0); b0 = _mm256_fmadd_ps(s, high, b0);
            s = _mm256_broadcast_ss(x1 + i);
            a1 = _mm256_fmadd_ps(s, low, a1); b1 = _mm256_fmadd_ps(s, high, b1);
            s = _mm256_broadcast_ss(x2 + i);
            a2 = _mm256_fmadd_ps(s, low, a2); b2 = _mm256_fmadd_ps(s, high, b2);
            s = _mm256_broadcast_ss(x3 + i);
            a3 = _mm256_fmadd_ps(s, low, a3); b3 = _mm256_fmadd_ps(s, high, b3);
        }
        _mm256_storeu_ps(o0 + j, a0); _mm256_storeu_ps(o0 + j + 8, b0);
        _mm256_storeu_ps(o1 + j, a1); _mm256_storeu_ps(o1 + j + 8, b1);
        _mm256_storeu_ps(o2 + j, a2); _mm256_storeu_ps(o2 + j + 8, b2);
        _mm256_storeu_ps(o3 + j, a3); _mm256_storeu_ps(o3 + j + 8, b3);
    }
}

static int cpu_has_avx2_fma(void) {
    static int known = -1;  // a benign race: every thread computes the same answer
    if (known < 0) known = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return known;
}
#endif

void byline_columns_multiply_add(const float *x, long x_stride, long rows, long count, const float *columns, long stride,
                                 float *out, long out_stride) {
#if defined(__x86_64__)
    if (cpu_has_avx2_fma()) {
        for (; rows >= 4; rows -= 4, x += 4 * x_stride, out += 4 * out_stride) {
            multiply_add_avx2_four_rows(x, x_stride, count, columns, stride, out, out_stride);
        }
        for (; rows > 0; rows--, x += x_stride, out += out_stride) multiply_add_avx2(x, count, columns, stride, out);
        return;
    }
#endif
    for (; rows > 0; rows--, x += x_stride, out += out_stride) multiply_add_portable(x, count, columns, stride, out);
}

void byline_lstm_cell(const float *sums, long hidden, float *memory, float *state) {
#if defined(__x86_64__)
    if (cpu_has_avx2_fma()) {
        lstm_cell_avx2(sums, hidden, memory, state);
        return;
    }
#endif
    lstm_cell_portable(sums, hidden, 0, memory, state);
}
