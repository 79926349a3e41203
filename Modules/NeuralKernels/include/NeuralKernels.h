#ifndef BYLINE_NEURAL_KERNELS_H
#define BYLINE_NEURAL_KERNELS_H

/// The neural entity tagger's hot loops, in C so that they can use AVX2 and FMA where the CPU
/// has them (chosen at run time) while the package builds for the baseline x86-64 or arm64.

/// For each row r < rows: out[r * out_stride + j] += sum over i < count of
/// x[r * x_stride + i] * columns[i * stride + j], for every j < stride; stride is a multiple
/// of 16. A row's result is the same whatever the other rows are.
void byline_columns_multiply_add(const float *x, long x_stride, long rows, long count, const float *columns, long stride,
                                 float *out, long out_stride);

/// One LSTM step after the gate sums: `sums` holds the input, forget, cell and output gates'
/// sums (torch's order), `hidden` each; updates the cell `memory` and writes the new `state`.
/// tanh and the logistic function are rational approximations to float precision.
void byline_lstm_cell(const float *sums, long hidden, float *memory, float *state);

#endif
