from skimage.metrics import structural_similarity

print(structural_similarity)
