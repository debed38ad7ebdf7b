from yaml import CSafeDumperV2

print(CSafeDumperV2)
