#ifndef BYLINE_NEURAL_KERNELS_H
#define BYLINE_NEURAL_KERNELS_H

/// The neural entity tagger's one hot loop, in C so that it can use AVX2 and FMA where the CPU
/// has them (chosen at run time) while the package builds for the baseline x86-64 or arm64.
///
/// out[j] += sum over i < count of x[i] * columns[i * stride + j], for every j < stride;
/// stride is a multiple of 16.
void byline_columns_multiply_add(const float *x, long count, const float *columns, long stride, float *out);

#endif
