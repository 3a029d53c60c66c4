// dlib's face recognition ResNet (dlib_face_recognition_resnet_model_v1.dat): the network type
// exactly as dlib's dnn_face_recognition_ex.cpp declares it, so the model file deserialises into
// it. A 150×150 aligned RGB chip in, a 128-D descriptor out; two chips of one person are at a
// Euclidean distance below 0.6 at dlib's published operating point. Included only by the
// sources of core/faces.
#pragma once

#include <dlib/dnn.h>

namespace gp::faces::network {

using namespace dlib;

template <template <int, template <typename> class, int, typename> class Block, int N,
          template <typename> class BN, typename Subnet>
using residual = add_prev1<Block<N, BN, 1, tag1<Subnet>>>;

template <template <int, template <typename> class, int, typename> class Block, int N,
          template <typename> class BN, typename Subnet>
using residual_down = add_prev2<avg_pool<2, 2, 2, 2, skip1<tag2<Block<N, BN, 2, tag1<Subnet>>>>>>;

template <int N, template <typename> class BN, int Stride, typename Subnet>
using block = BN<con<N, 3, 3, 1, 1, relu<BN<con<N, 3, 3, Stride, Stride, Subnet>>>>>;

template <int N, typename Subnet>
using ares = relu<residual<block, N, affine, Subnet>>;
template <int N, typename Subnet>
using ares_down = relu<residual_down<block, N, affine, Subnet>>;

template <typename Subnet>
using alevel0 = ares_down<256, Subnet>;
template <typename Subnet>
using alevel1 = ares<256, ares<256, ares_down<256, Subnet>>>;
template <typename Subnet>
using alevel2 = ares<128, ares<128, ares_down<128, Subnet>>>;
template <typename Subnet>
using alevel3 = ares<64, ares<64, ares<64, ares_down<64, Subnet>>>>;
template <typename Subnet>
using alevel4 = ares<32, ares<32, ares<32, Subnet>>>;

using ResNet = loss_metric<fc_no_bias<
    128, avg_pool_everything<alevel0<alevel1<alevel2<alevel3<alevel4<max_pool<
             3, 3, 2, 2, relu<affine<con<32, 7, 7, 2, 2, input_rgb_image_sized<150>>>>>>>>>>>>>;

/// The chip the network reads: 150×150, the face's 5 landmarks aligned, 25 % padding.
inline constexpr unsigned long kChipSize = 150;
inline constexpr double kChipPadding = 0.25;

} // namespace gp::faces::network
