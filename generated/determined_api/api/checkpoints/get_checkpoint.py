from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_checkpoint_response import GetCheckpointResponse
from ...types import Response


def _get_kwargs(
    checkpoint_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/checkpoints/{checkpoint_uuid}".format(
            checkpoint_uuid=quote(str(checkpoint_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetCheckpointResponse:
    if response.status_code == 200:
        response_200 = GetCheckpointResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    response_default = ApiError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | GetCheckpointResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    checkpoint_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | GetCheckpointResponse]:
    """Get checkpoint

     One checkpoint, wrapped as `{checkpoint}`.

    Args:
        checkpoint_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetCheckpointResponse]
    """

    kwargs = _get_kwargs(
        checkpoint_uuid=checkpoint_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    checkpoint_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | GetCheckpointResponse | None:
    """Get checkpoint

     One checkpoint, wrapped as `{checkpoint}`.

    Args:
        checkpoint_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetCheckpointResponse
    """

    return sync_detailed(
        checkpoint_uuid=checkpoint_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    checkpoint_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | GetCheckpointResponse]:
    """Get checkpoint

     One checkpoint, wrapped as `{checkpoint}`.

    Args:
        checkpoint_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetCheckpointResponse]
    """

    kwargs = _get_kwargs(
        checkpoint_uuid=checkpoint_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    checkpoint_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | GetCheckpointResponse | None:
    """Get checkpoint

     One checkpoint, wrapped as `{checkpoint}`.

    Args:
        checkpoint_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetCheckpointResponse
    """

    return (
        await asyncio_detailed(
            checkpoint_uuid=checkpoint_uuid,
            client=client,
        )
    ).parsed
