import os

api_key = os.environ["WANDB_API_KEY"]
